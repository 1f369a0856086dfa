package com.knowpay.risk.internal;

import java.time.Duration;

/**
 * Where request-rate buckets live. One bucket per key allows {@code limit} requests per {@code window}
 * (Bucket4j, refilled in full when the window has passed). Implementations are thread-safe: of N
 * concurrent calls on a fresh key, exactly {@code limit} are allowed.
 */
public interface RateLimiterStore {

    RateLimitProbe tryAcquire(String key, long limit, Duration window);

    /** Drops buckets whose window ran out long ago (no-op where eviction is automatic). */
    default int removeExpired() {
        return 0;
    }
}
