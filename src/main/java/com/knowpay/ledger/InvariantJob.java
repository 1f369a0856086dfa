package com.knowpay.ledger;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the invariant check on a timer. Idempotent: a run only reads the books and refreshes the
 * violation rows, so an extra or overlapping run (another node, a click on "Run check now") is harmless.
 */
@Component
class InvariantJob {

    private final InvariantChecker checker;

    InvariantJob(InvariantChecker checker) {
        this.checker = checker;
    }

    @Scheduled(fixedDelayString = "${knowpay.ledger.invariant-check-interval:PT10M}",
            initialDelayString = "${knowpay.ledger.invariant-check-interval:PT10M}")
    void checkPeriodically() {
        checker.run();
    }
}
