package com.knowpay.ledger;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the invariant check on a timer. Idempotent: a run only reads the books and refreshes the
 * violation rows, so an extra or overlapping run (another node, a click on "Run check now") is harmless;
 * still, the timer runs it once per cluster (ShedLock) so N nodes do not read the whole book N times.
 */
@Component
class InvariantJob {

    private final InvariantChecker checker;

    InvariantJob(InvariantChecker checker) {
        this.checker = checker;
    }

    @Scheduled(fixedDelayString = "${knowpay.ledger.invariant-check-interval:PT10M}",
            initialDelayString = "${knowpay.ledger.invariant-check-interval:PT10M}")
    @SchedulerLock(name = "ledger-invariant-check", lockAtMostFor = "PT30M")
    void checkPeriodically() {
        checker.run();
    }
}
