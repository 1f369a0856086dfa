package com.knowpay.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.knowpay.risk.RiskSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** knowpay.risk.rate-limit.store picks the bucket store; memory is the default. */
class RateLimiterConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(RateLimiterConfiguration.class)
            .withBean(Clock.class, Clock::systemUTC)
            .withBean(DataSource.class, DriverManagerDataSource::new)
            .withBean(RiskSettings.class, () -> new RiskSettings(Map.of(), new RiskSettings.RateLimit("memory", 10),
                    Duration.ofDays(400)));

    @Test
    void memoryByDefault() {
        runner.run(ctx -> assertThat(ctx.getBean(RateLimiterStore.class)).isInstanceOf(MemoryRateLimiterStore.class));
    }

    @Test
    void jdbcWhenConfigured() {
        runner.withPropertyValues("knowpay.risk.rate-limit.store=jdbc")
                .run(ctx -> assertThat(ctx.getBean(RateLimiterStore.class)).isInstanceOf(JdbcRateLimiterStore.class));
    }
}
