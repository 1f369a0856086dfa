package com.knowpay.refund;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The refund janitor: approved refunds never called (crash between approval and call), accepted
 * refunds without a result (WeChat: no notification came) and failures that may work later are
 * tried again with their own refund number. Once per cluster (ShedLock).
 */
@Component
class RefundJobs {

    private static final Logger log = LoggerFactory.getLogger(RefundJobs.class);
    static final Duration RETRY_AFTER = Duration.ofMinutes(1);

    private final RefundRepository refunds;
    private final RefundExecutor executor;
    private final Clock clock;

    RefundJobs(RefundRepository refunds, RefundExecutor executor, Clock clock) {
        this.refunds = refunds;
        this.executor = executor;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = 60_000, initialDelay = 90_000)
    @SchedulerLock(name = "refund-retry", lockAtMostFor = "PT5M")
    void retryUnfinished() {
        retryUnfinished(clock.instant().minus(RETRY_AFTER));
    }

    /** Tries refunds not touched since {@code updatedBefore}; returns how many were tried. */
    int retryUnfinished(Instant updatedBefore) {
        List<String> due = refunds.findUnfinishedBefore(updatedBefore, PageRequest.of(0, 50));
        for (String refundNo : due) {
            try {
                executor.execute(refundNo, null, null);
            } catch (RuntimeException e) {
                // One refund that cannot be tried now must not stop the others; the next run tries again.
                log.warn("Refund {} could not be retried: {}", refundNo, e.toString());
            }
        }
        return due.size();
    }
}
