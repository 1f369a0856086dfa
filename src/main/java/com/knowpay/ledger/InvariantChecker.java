package com.knowpay.ledger;

import com.knowpay.ledger.InvariantReport.Outcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Proves the books add up. Reads in one REPEATABLE READ transaction (one snapshot), and every
 * comparison between two tables is a single SQL statement, so a posting committing meanwhile
 * cannot produce a false alarm. Findings are stored (one row per check and subject, so running
 * twice changes nothing but "last seen"), logged at WARN and counted in
 * {@code knowpay.ledger.violations}; nothing is ever corrected here.
 */
@Component
class InvariantChecker {

    private static final Logger log = LoggerFactory.getLogger(InvariantChecker.class);

    static final String SUM_ZERO = "postings-sum-zero";
    static final String ENTRIES_BALANCED = "entries-balanced";
    static final String RUNNING_BALANCES = "creator-running-balances";
    static final String NON_NEGATIVE = "creator-balances-non-negative";
    static final String ORDER_SPLITS = "order-splits";
    static final String PAID_ORDERS = "paid-orders-posted";
    static final String COMPLETED_REFUNDS = "completed-refunds-posted";

    private final JdbcTemplate jdbc;
    private final ExpectationChecks expectationChecks;
    private final InvariantStore store;
    private final ObjectProvider<LedgerExpectations> expectations;
    private final TransactionTemplate snapshot;
    private final Clock clock;
    private final Counter violationsCounter;
    private final AtomicLong openViolations = new AtomicLong();
    private final ReentrantLock running = new ReentrantLock();

    InvariantChecker(JdbcTemplate jdbc, ExpectationChecks expectationChecks, InvariantStore store,
                     ObjectProvider<LedgerExpectations> expectations, PlatformTransactionManager txManager, Clock clock,
                     MeterRegistry meters) {
        this.jdbc = jdbc;
        this.expectationChecks = expectationChecks;
        this.store = store;
        this.expectations = expectations;
        this.snapshot = new TransactionTemplate(txManager);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
        this.snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.violationsCounter = Counter.builder("knowpay.ledger.violations")
                .description("Ledger invariant violations found, per check run").register(meters);
        meters.gauge("knowpay.ledger.violations.open", openViolations);
    }

    /** Runs all checks with the expectations bean if one exists. One run at a time per node. */
    InvariantReport run() {
        return run(expectations.getIfAvailable());
    }

    InvariantReport run(LedgerExpectations expected) {
        running.lock();
        try {
            Instant now = Times.micros(clock.instant());
            Findings findings = snapshot.execute(s -> inspect(now, expected));
            InvariantReport report = store.save(now, findings);
            violationsCounter.increment(report.violations().size());
            openViolations.set(report.violations().size());
            if (!report.clean()) {
                report.violations().stream().limit(50).forEach(v ->
                        log.warn("Ledger invariant violated: {} {} — {}", v.check(), v.subject(), v.detail()));
            }
            log.info("Ledger invariant check: {} violation(s), figures {}", report.violations().size(), new java.util.TreeMap<>(report.figures()));
            return report;
        } finally {
            running.unlock();
        }
    }

    Optional<InvariantReport> last() {
        return store.last();
    }

    /** What one run found. */
    record Finding(String check, String subject, String detail) {
    }

    record Findings(List<Finding> found, Map<String, Long> figures, Map<String, Outcome> checks) {
    }

    private Findings inspect(Instant now, LedgerExpectations expected) {
        List<Finding> found = new ArrayList<>();
        Map<String, Long> figures = new LinkedHashMap<>();
        Map<String, Outcome> checks = new LinkedHashMap<>();
        checks.put(SUM_ZERO, outcome(found, () -> sumZero(found, figures)));
        checks.put(ENTRIES_BALANCED, outcome(found, () -> entriesBalanced(found, figures)));
        checks.put(RUNNING_BALANCES, outcome(found, () -> runningBalances(found, figures)));
        checks.put(NON_NEGATIVE, outcome(found, () -> nonNegative(found, now)));
        checks.put(ORDER_SPLITS, outcome(found, () -> orderSplits(found, figures)));
        accountBalances(figures);
        if (expected == null) {
            checks.put(PAID_ORDERS, Outcome.NOT_CHECKED);
            checks.put(COMPLETED_REFUNDS, Outcome.NOT_CHECKED);
        } else {
            checks.putAll(expectationChecks.check(expected, now, found, figures));
        }
        return new Findings(found, figures, checks);
    }

    private static Outcome outcome(List<Finding> found, Runnable check) {
        int before = found.size();
        check.run();
        return found.size() == before ? Outcome.PASSED : Outcome.FAILED;
    }

    private void sumZero(List<Finding> found, Map<String, Long> figures) {
        jdbc.query("SELECT COUNT(*), COALESCE(SUM(amount_fen), 0) FROM ledger_posting", rs -> {
            figures.put("postings.count", rs.getLong(1));
            figures.put("postings.sum", rs.getLong(2));
            if (rs.getLong(2) != 0) {
                found.add(new Finding(SUM_ZERO, "ledger", "All postings together sum to " + rs.getLong(2) + " fen instead of 0."));
            }
        });
    }

    private void entriesBalanced(List<Finding> found, Map<String, Long> figures) {
        figures.put("entries.count", jdbc.queryForObject("SELECT COUNT(*) FROM journal_entry", Long.class));
        jdbc.query("""
                SELECT e.id, e.reference, COUNT(p.id), COALESCE(SUM(p.amount_fen), 0)
                FROM journal_entry e LEFT JOIN ledger_posting p ON p.entry_id = e.id
                GROUP BY e.id, e.reference
                HAVING COUNT(p.id) < 2 OR COALESCE(SUM(p.amount_fen), 0) <> 0
                """, rs -> {
            found.add(new Finding(ENTRIES_BALANCED, "entry:" + rs.getLong(1) + " " + rs.getString(2),
                    "Entry " + rs.getString(2) + " has " + rs.getLong(3) + " posting(s) summing to " + rs.getLong(4)
                            + " fen; an entry needs at least two postings that sum to 0."));
        });
    }

    private void runningBalances(List<Finding> found, Map<String, Long> figures) {
        figures.put("creators.count", jdbc.queryForObject("SELECT COUNT(*) FROM ledger_creator_state", Long.class));
        jdbc.query("""
                SELECT s.creator_id, s.payable_fen, s.receivable_fen, s.paid_out_fen,
                       COALESCE(x.owed, 0), COALESCE(x.recv, 0), COALESCE(x.paid, 0)
                FROM ledger_creator_state s
                LEFT JOIN (SELECT a.creator_id,
                                  -SUM(CASE WHEN a.account_type = 'CREATOR_PAYABLE' THEN p.amount_fen ELSE 0 END) AS owed,
                                  SUM(CASE WHEN a.account_type = 'CREATOR_RECEIVABLE' THEN p.amount_fen ELSE 0 END) AS recv,
                                  SUM(CASE WHEN a.account_type = 'CREATOR_PAYABLE'
                                            AND (e.entry_kind = 'PAYOUT' OR o.entry_kind = 'PAYOUT')
                                           THEN p.amount_fen ELSE 0 END) AS paid
                           FROM ledger_posting p
                           JOIN ledger_account a ON a.id = p.account_id
                           JOIN journal_entry e ON e.id = p.entry_id
                           LEFT JOIN journal_entry o ON o.id = e.reverses_entry_id
                           WHERE a.creator_id IS NOT NULL
                           GROUP BY a.creator_id) x ON x.creator_id = s.creator_id
                WHERE s.payable_fen <> COALESCE(x.owed, 0) OR s.receivable_fen <> COALESCE(x.recv, 0)
                   OR s.paid_out_fen <> COALESCE(x.paid, 0)
                """, rs -> {
            found.add(new Finding(RUNNING_BALANCES, "creator:" + rs.getLong(1), String.format(
                    "Stored running balances (owed %d, owes %d, paid out %d fen) differ from the postings (%d, %d, %d fen).",
                    rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7))));
        });
    }

    private void nonNegative(List<Finding> found, Instant now) {
        Timestamp at = Timestamp.from(now);
        jdbc.query("""
                SELECT a.creator_id, SUM(p.amount_fen) FROM ledger_posting p JOIN ledger_account a ON a.id = p.account_id
                WHERE a.account_type = 'CREATOR_PAYABLE' AND p.available_at <= ?
                GROUP BY a.creator_id HAVING SUM(p.amount_fen) > 0
                """, rs -> {
            found.add(new Finding(NON_NEGATIVE, "creator:" + rs.getLong(1),
                    "Available balance is negative: " + (-rs.getLong(2)) + " fen."));
        }, at);
        jdbc.query("""
                SELECT a.creator_id, p.available_at, SUM(p.amount_fen) FROM ledger_posting p
                JOIN ledger_account a ON a.id = p.account_id
                WHERE a.account_type = 'CREATOR_PAYABLE' AND p.available_at > ?
                GROUP BY a.creator_id, p.available_at HAVING SUM(p.amount_fen) > 0
                """, rs -> {
            found.add(new Finding(NON_NEGATIVE, "creator:" + rs.getLong(1) + " pending " + rs.getTimestamp(2).toInstant(),
                    "Pending money released at " + rs.getTimestamp(2).toInstant() + " is negative: " + (-rs.getLong(3)) + " fen."));
        }, at);
        jdbc.query("""
                SELECT a.creator_id, SUM(p.amount_fen) FROM ledger_posting p JOIN ledger_account a ON a.id = p.account_id
                WHERE a.account_type = 'CREATOR_RECEIVABLE' GROUP BY a.creator_id HAVING SUM(p.amount_fen) < 0
                """, rs -> {
            found.add(new Finding(NON_NEGATIVE, "creator:" + rs.getLong(1) + " receivable",
                    "What the creator owes is negative: " + rs.getLong(2) + " fen."));
        });
    }

    private void orderSplits(List<Finding> found, Map<String, Long> figures) {
        figures.put("orders.count", jdbc.queryForObject("SELECT COUNT(*) FROM ledger_order_split", Long.class));
        jdbc.query("""
                SELECT s.order_no, s.gross_fen, s.commission_fen, s.creator_fen, s.refunded_commission_fen,
                       s.refunded_creator_fen, s.reversed, COALESCE(x.comm, 0), COALESCE(x.cre, 0)
                FROM ledger_order_split s
                LEFT JOIN (SELECT e.order_no,
                                  -SUM(CASE WHEN a.account_type = 'PLATFORM_COMMISSION_REVENUE' THEN p.amount_fen ELSE 0 END) AS comm,
                                  -SUM(CASE WHEN a.account_type IN ('CREATOR_PAYABLE', 'CREATOR_RECEIVABLE', 'TEST_MONEY')
                                            THEN p.amount_fen ELSE 0 END) AS cre
                           FROM ledger_posting p
                           JOIN ledger_account a ON a.id = p.account_id
                           JOIN journal_entry e ON e.id = p.entry_id
                           WHERE e.order_no IS NOT NULL
                           GROUP BY e.order_no) x ON x.order_no = s.order_no
                """, rs -> {
            String order = rs.getString(1);
            long gross = rs.getLong(2);
            long commission = rs.getLong(3);
            long creator = rs.getLong(4);
            long refundedCommission = rs.getLong(5);
            long refundedCreator = rs.getLong(6);
            boolean reversed = rs.getBoolean(7);
            long expectedCommission = reversed ? 0 : commission - refundedCommission;
            long expectedCreator = reversed ? 0 : creator - refundedCreator;
            List<String> problems = new ArrayList<>();
            if (commission + creator != gross) {
                problems.add("commission " + commission + " + creator " + creator + " ≠ gross " + gross);
            }
            if (refundedCommission < 0 || refundedCreator < 0 || refundedCommission > commission || refundedCreator > creator) {
                problems.add("refunded (" + refundedCommission + ", " + refundedCreator + ") exceeds the split ("
                        + commission + ", " + creator + ")");
            }
            if (rs.getLong(8) != expectedCommission || rs.getLong(9) != expectedCreator) {
                problems.add("postings keep commission " + rs.getLong(8) + " / creator " + rs.getLong(9)
                        + ", the split says " + expectedCommission + " / " + expectedCreator);
            }
            if (!problems.isEmpty()) {
                found.add(new Finding(ORDER_SPLITS, "order:" + order, String.join("; ", problems) + " (fen)."));
            }
        });
    }

    private void accountBalances(Map<String, Long> figures) {
        Map<String, Long> byType = new HashMap<>();
        jdbc.query("""
                SELECT a.account_type, COALESCE(SUM(p.amount_fen), 0) FROM ledger_account a
                LEFT JOIN ledger_posting p ON p.account_id = a.id GROUP BY a.account_type
                """, rs -> {
            byType.put(rs.getString(1), rs.getLong(2));
        });
        for (AccountType type : AccountType.values()) {
            figures.put("balance." + type.name(), byType.getOrDefault(type.name(), 0L));
        }
    }
}
