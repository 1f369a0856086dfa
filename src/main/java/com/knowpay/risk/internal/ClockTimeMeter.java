package com.knowpay.risk.internal;

import io.github.bucket4j.TimeMeter;
import java.time.Clock;

/** Bucket4j reads time from the application's Clock, so buckets and tests agree on "now". */
record ClockTimeMeter(Clock clock) implements TimeMeter {

    @Override
    public long currentTimeNanos() {
        return Math.multiplyExact(clock.millis(), 1_000_000L);
    }

    @Override
    public boolean isWallClockBased() {
        return true;
    }
}
