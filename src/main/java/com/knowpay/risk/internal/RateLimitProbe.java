package com.knowpay.risk.internal;

/** Answer of a bucket: allowed or not, and when the next request would be. */
public record RateLimitProbe(boolean allowed, long remaining, long retryAfterSeconds) {

    static RateLimitProbe of(io.github.bucket4j.ConsumptionProbe probe) {
        long nanos = probe.getNanosToWaitForRefill();
        long seconds = probe.isConsumed() ? 0 : Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
        return new RateLimitProbe(probe.isConsumed(), probe.getRemainingTokens(), seconds);
    }
}
