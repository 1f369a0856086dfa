package com.knowpay.risk.internal;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.local.LocalBucket;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Buckets in this node's memory (the embedded default): a bounded map that forgets the least recently
 * used key first. On several nodes each node counts on its own — use the JDBC store there.
 */
public class MemoryRateLimiterStore implements RateLimiterStore {

    private final ClockTimeMeter time;
    private final Map<String, LocalBucket> buckets;

    public MemoryRateLimiterStore(Clock clock, int maxBuckets) {
        this.time = new ClockTimeMeter(clock);
        this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, LocalBucket> eldest) {
                return size() > maxBuckets;
            }
        };
    }

    @Override
    public RateLimitProbe tryAcquire(String key, long limit, Duration window) {
        LocalBucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(key, k -> Bucket.builder()
                    .addLimit(Buckets.bandwidth(limit, window))
                    .withCustomTimePrecision(time)
                    .build());
        }
        return RateLimitProbe.of(bucket.tryConsumeAndReturnRemaining(1));
    }

    int size() {
        synchronized (buckets) {
            return buckets.size();
        }
    }
}
