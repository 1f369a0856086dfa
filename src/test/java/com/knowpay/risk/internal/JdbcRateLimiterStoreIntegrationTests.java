package com.knowpay.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.knowpay.risk.MutableClock;
import com.knowpay.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The shared bucket store on the test database (H2 or MariaDB): one bucket row per key, locked per request. */
@IntegrationTest
class JdbcRateLimiterStoreIntegrationTests {

    @Autowired
    DataSource dataSource;

    @Test
    void exactlyTheLimitPassesUnderConcurrentRequests() throws Exception {
        JdbcRateLimiterStore store = new JdbcRateLimiterStore(dataSource, java.time.Clock.systemUTC());
        String key = "test:" + UUID.randomUUID();
        int threads = 20;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<RateLimitProbe>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return store.tryAcquire(key, 5, Duration.ofMinutes(10));
                }));
            }
            start.countDown();
            int allowed = 0;
            for (Future<RateLimitProbe> f : futures) {
                allowed += f.get().allowed() ? 1 : 0;
            }
            assertThat(allowed).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void windowRefillsAndRefilledRowsAreRemoved() {
        MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
        JdbcRateLimiterStore store = new JdbcRateLimiterStore(dataSource, clock);
        JdbcRateLimiterStore otherNode = new JdbcRateLimiterStore(dataSource, clock);
        String key = "test:" + UUID.randomUUID();
        assertThat(store.tryAcquire(key, 2, Duration.ofMinutes(1)).allowed()).isTrue();
        assertThat(otherNode.tryAcquire(key, 2, Duration.ofMinutes(1)).allowed()).as("shared by nodes").isTrue();
        RateLimitProbe refused = store.tryAcquire(key, 2, Duration.ofMinutes(1));
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(60);

        clock.advance(Duration.ofSeconds(61));
        assertThat(otherNode.tryAcquire(key, 2, Duration.ofMinutes(1)).allowed()).isTrue();

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select count(*) from risk_rate_bucket where id = ?", Long.class, key)).isOne();
        clock.advance(Duration.ofMinutes(2));
        assertThat(store.removeExpired()).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from risk_rate_bucket where id = ?", Long.class, key)).isZero();
    }
}
