package com.knowpay.risk.internal;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buckets shared by all nodes through the database (table {@code risk_rate_bucket}), using Bucket4j's
 * select-for-update protocol: each request locks its bucket row, applies the command, writes the state
 * back and commits. Bucket4j's own MySQL module is not published for 8.19, so the few statements live in
 * {@link SelectForUpdateProxyManager}, written in SQL that H2 (MySQL mode), MariaDB and MySQL all accept.
 * Uses its own short JDBC transactions, independent of any Spring transaction of the caller.
 */
public class JdbcRateLimiterStore implements RateLimiterStore {

    private static final Logger log = LoggerFactory.getLogger(JdbcRateLimiterStore.class);

    private final SelectForUpdateProxyManager buckets;
    private final DataSource dataSource;
    private final Clock clock;

    public JdbcRateLimiterStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.buckets = new SelectForUpdateProxyManager(dataSource, clock,
                ClientSideConfig.getDefault().withClientClock(new ClockTimeMeter(clock))
                        .withRequestTimeout(Duration.ofSeconds(5)));
    }

    @Override
    public RateLimitProbe tryAcquire(String key, long limit, Duration window) {
        BucketConfiguration configuration = Buckets.configuration(limit, window);
        return RateLimitProbe.of(buckets.builder().build(key, () -> configuration).tryConsumeAndReturnRemaining(1));
    }

    /** Deletes rows of buckets that are full again: a full bucket is the same as no bucket. */
    @Override
    public int removeExpired() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM risk_rate_bucket WHERE expires_at < ?")) {
            ps.setLong(1, clock.millis());
            int removed = ps.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
            log.debug("Removed {} refilled rate-limit buckets", removed);
            return removed;
        } catch (SQLException e) {
            log.warn("Could not remove refilled rate-limit buckets: {}", e.getMessage());
            return 0;
        }
    }
}
