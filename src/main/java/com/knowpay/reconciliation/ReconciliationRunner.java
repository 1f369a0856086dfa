package com.knowpay.reconciliation;

import com.knowpay.payment.Bill;
import com.knowpay.payment.ChannelException;
import com.knowpay.payment.ChannelType;
import com.knowpay.payment.PaymentBills;
import com.knowpay.reconciliation.RunProgress.Stage;
import com.knowpay.shared.DomainException;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * One run: fetch the bill (no transaction open), load our side, match, queue what is new. A run
 * that cannot fetch or read its bill ends FAILED with the reason; the next run tries again.
 */
@Component
class ReconciliationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReconciliationRunner.class);

    private final PaymentBills bills;
    private final BookLoader loader;
    private final RunStore store;

    ReconciliationRunner(PaymentBills bills, BookLoader loader, RunStore store) {
        this.bills = bills;
        this.loader = loader;
        this.store = store;
    }

    ReconciliationRunView run(ChannelType channel, LocalDate date, String startedBy, RunProgress progress) {
        long runId = store.start(channel, date, startedBy);
        progress.update(Stage.FETCHING, 0, 0);
        Bill bill;
        try {
            bill = bills.fetch(channel, date);
        } catch (ChannelException | DomainException e) {
            log.warn("Reconciliation of {} {}: bill not available: {}", channel, date, e.getMessage());
            progress.update(Stage.FAILED, 0, 0);
            return store.fail(runId, "Bill not available: " + e.getMessage());
        }
        return reconcile(runId, bill, progress);
    }

    /** Matches a bill already in hand (also the seam for tests that build a bill themselves). */
    ReconciliationRunView reconcile(long runId, Bill bill, RunProgress progress) {
        try {
            LocalBook book = loader.load(bill);
            int steps = Matcher.steps(bill, book);
            progress.update(Stage.MATCHING, 0, steps);
            List<Finding> findings = Matcher.match(bill, book, done -> progress.update(Stage.MATCHING, done, steps));
            int added = 0;
            for (int i = 0; i < findings.size(); i++) {
                progress.update(Stage.SAVING, i, findings.size());
                added += queue(runId, bill, findings.get(i)) ? 1 : 0;
            }
            ReconciliationRunView run = store.finish(runId, bill.lines().size(), book.size(), findings.size(), added);
            log.info("Reconciliation of {} {}: {} bill lines, {} local records, {} mismatches ({} new)",
                    bill.channel(), bill.date(), run.billLines(), run.localRecords(), run.mismatches(), added);
            progress.update(Stage.DONE, findings.size(), findings.size());
            return run;
        } catch (DataAccessException e) {
            log.error("Reconciliation of {} {} failed", bill.channel(), bill.date(), e);
            progress.update(Stage.FAILED, 0, 0);
            return store.fail(runId, "Database error: " + e.getMostSpecificCause().getMessage());
        }
    }

    ReconciliationRunView reconcile(Bill bill, String startedBy, RunProgress progress) {
        return reconcile(store.start(bill.channel(), bill.date(), startedBy), bill, progress);
    }

    private boolean queue(long runId, Bill bill, Finding f) {
        try {
            return store.queue(runId, bill.channel(), bill.date(), f);
        } catch (DataIntegrityViolationException concurrentRun) {
            // Another run queued the same key a moment ago: it is queued, not new.
            return false;
        }
    }
}
