package com.knowpay.risk.internal;

import com.knowpay.risk.RiskSettings;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Picks the bucket store: {@code knowpay.risk.rate-limit.store=memory} (default) or {@code jdbc}. */
@Configuration(proxyBeanMethods = false)
class RateLimiterConfiguration {

    @Bean
    @ConditionalOnProperty(name = "knowpay.risk.rate-limit.store", havingValue = "jdbc")
    RateLimiterStore jdbcRateLimiterStore(DataSource dataSource, Clock clock) {
        return new JdbcRateLimiterStore(dataSource, clock);
    }

    @Bean
    @ConditionalOnProperty(name = "knowpay.risk.rate-limit.store", havingValue = "memory", matchIfMissing = true)
    RateLimiterStore memoryRateLimiterStore(Clock clock, RiskSettings settings) {
        return new MemoryRateLimiterStore(clock, settings.rateLimit().maxBuckets());
    }
}
