package com.knowpay.risk.internal;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;

/** "limit requests per window": a full bucket that refills completely once per window. */
final class Buckets {

    private Buckets() {
    }

    static Bandwidth bandwidth(long limit, Duration window) {
        return Bandwidth.builder().capacity(limit).refillIntervally(limit, window).build();
    }

    static BucketConfiguration configuration(long limit, Duration window) {
        return BucketConfiguration.builder().addLimit(bandwidth(limit, window)).build();
    }
}
