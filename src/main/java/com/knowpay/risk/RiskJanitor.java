package com.knowpay.risk;

import com.knowpay.risk.internal.RateLimiterStore;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Forgets what the rules no longer look at: observations older than the retention and shared
 * rate-limit buckets that are full again. Idempotent, so it may run on every node.
 */
@Component
class RiskJanitor {

    private static final Logger log = LoggerFactory.getLogger(RiskJanitor.class);

    private final RiskSignalRepository signals;
    private final RateLimiterStore rateLimiter;
    private final RiskSettings settings;
    private final TransactionTemplate tx;
    private final Clock clock;

    RiskJanitor(RiskSignalRepository signals, RateLimiterStore rateLimiter, RiskSettings settings,
                TransactionTemplate tx, Clock clock) {
        this.signals = signals;
        this.rateLimiter = rateLimiter;
        this.settings = settings;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
    void cleanUp() {
        Integer removed = tx.execute(s -> signals.deleteOlderThan(clock.instant().minus(settings.signalRetention())));
        int buckets = rateLimiter.removeExpired();
        if ((removed != null && removed > 0) || buckets > 0) {
            log.info("Risk janitor removed {} old signals and {} refilled buckets", removed, buckets);
        }
    }
}
