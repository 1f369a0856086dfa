package com.knowpay.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.knowpay.risk.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoryRateLimiterStoreTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));

    @Test
    void allowsTheLimitPerWindowThenTellsWhenToRetry() {
        MemoryRateLimiterStore store = new MemoryRateLimiterStore(clock, 100);
        for (int i = 0; i < 5; i++) {
            assertThat(store.tryAcquire("k", 5, Duration.ofMinutes(10)).allowed()).isTrue();
        }
        RateLimitProbe refused = store.tryAcquire("k", 5, Duration.ofMinutes(10));
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(600);

        clock.advance(Duration.ofMinutes(4));
        assertThat(store.tryAcquire("k", 5, Duration.ofMinutes(10)).retryAfterSeconds()).isEqualTo(360);
        clock.advance(Duration.ofMinutes(6));
        assertThat(store.tryAcquire("k", 5, Duration.ofMinutes(10)).allowed()).as("new window").isTrue();
        assertThat(store.tryAcquire("other", 5, Duration.ofMinutes(10)).allowed()).as("keys are separate").isTrue();
    }

    @Test
    void keepsAtMostMaxBuckets() {
        MemoryRateLimiterStore store = new MemoryRateLimiterStore(clock, 3);
        for (int i = 0; i < 10; i++) {
            store.tryAcquire("k" + i, 1, Duration.ofMinutes(1));
        }
        assertThat(store.size()).isEqualTo(3);
    }

    @Test
    void exactlyTheLimitPassesUnderConcurrency() throws Exception {
        MemoryRateLimiterStore store = new MemoryRateLimiterStore(clock, 100);
        AtomicInteger allowed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        for (int i = 0; i < 200; i++) {
            pool.submit(() -> {
                if (store.tryAcquire("hot", 5, Duration.ofMinutes(10)).allowed()) {
                    allowed.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(allowed).hasValue(5);
    }
}
