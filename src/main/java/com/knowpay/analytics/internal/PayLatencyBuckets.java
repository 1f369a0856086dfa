package com.knowpay.analytics.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Time-to-pay buckets: each is named by its upper bound in seconds. Counting into a fixed set of
 * buckets keeps the median per channel a read of a few dozen rows, however many orders were paid.
 */
public final class PayLatencyBuckets {

    static final int[] UPPER_SECONDS = {5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240, 300, 420, 600, 900, 1800, 3600,
            21_600, 86_400, Integer.MAX_VALUE};

    private PayLatencyBuckets() {
    }

    public static int bucketOf(Duration timeToPay) {
        long s = Math.max(0, timeToPay.toSeconds());
        for (int upper : UPPER_SECONDS) {
            if (s <= upper) {
                return upper;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The bucket holding the median (lower median for an even count), as a duration; empty without data. */
    public static Optional<Duration> median(SortedMap<Integer, Long> countsByBucket) {
        long total = countsByBucket.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return Optional.empty();
        }
        long half = (total + 1) / 2;
        long seen = 0;
        for (Map.Entry<Integer, Long> e : countsByBucket.entrySet()) {
            seen += e.getValue();
            if (seen >= half) {
                return Optional.of(Duration.ofSeconds(e.getKey()));
            }
        }
        return Optional.empty();
    }
}
