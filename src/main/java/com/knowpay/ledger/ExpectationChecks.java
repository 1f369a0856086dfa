package com.knowpay.ledger;

import com.knowpay.ledger.InvariantChecker.Finding;
import com.knowpay.ledger.InvariantReport.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * "Every PAID order has exactly one payment entry" and "every completed refund has its refund
 * entry", against what the order and refund modules report through {@link LedgerExpectations}.
 * Events younger than the grace period are left out: after-commit listeners may still be posting them.
 */
@Component
class ExpectationChecks {

    private static final Logger log = LoggerFactory.getLogger(ExpectationChecks.class);
    private static final int CHUNK = 500;

    private final NamedParameterJdbcTemplate jdbc;
    private final LedgerSettings settings;

    ExpectationChecks(NamedParameterJdbcTemplate jdbc, LedgerSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    Map<String, Outcome> check(LedgerExpectations expected, Instant now, List<Finding> found, Map<String, Long> figures) {
        Instant from = now.minus(settings.expectationWindow());
        Instant to = now.minus(settings.expectationGrace());
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        Set<String> paid = ask(() -> expected.paidOrderNos(from, to), "paid orders");
        outcomes.put(InvariantChecker.PAID_ORDERS, paid == null ? Outcome.NOT_CHECKED : paidOrders(paid, found, figures));
        Set<String> refunds = ask(() -> expected.completedRefundNos(from, to), "completed refunds");
        // null: nobody can say (no refund module); not a clean bill of health
        outcomes.put(InvariantChecker.COMPLETED_REFUNDS, refunds == null ? Outcome.NOT_CHECKED : refunds(refunds, found, figures));
        return outcomes;
    }

    private static Set<String> ask(Supplier<Set<String>> question, String what) {
        try {
            return question.get();
        } catch (RuntimeException e) {
            // the other module's side failed: report "not checked" rather than a false all-clear
            log.warn("Ledger invariant check could not learn the {}: {}", what, e.toString());
            return null;
        }
    }

    private Outcome paidOrders(Set<String> orderNos, List<Finding> found, Map<String, Long> figures) {
        figures.put("expected.paidOrders", (long) orderNos.size());
        Map<String, Long> posted = new HashMap<>();
        for (List<String> chunk : chunks(orderNos)) {
            jdbc.query("""
                    SELECT e.order_no, COUNT(*) FROM journal_entry e
                    WHERE e.entry_kind = 'PAYMENT' AND e.order_no IN (:nos)
                      AND NOT EXISTS (SELECT 1 FROM journal_entry r WHERE r.reverses_entry_id = e.id)
                    GROUP BY e.order_no
                    """, new MapSqlParameterSource("nos", chunk), rs -> {
                posted.put(rs.getString(1), rs.getLong(2));
            });
        }
        int before = found.size();
        for (String orderNo : new TreeSet<>(orderNos)) {
            long count = posted.getOrDefault(orderNo, 0L);
            if (count != 1) {
                found.add(new Finding(InvariantChecker.PAID_ORDERS, "order:" + orderNo,
                        "Order " + orderNo + " is paid but has " + count + " payment entr" + (count == 1 ? "y" : "ies")
                                + " in the ledger (expected exactly one)."));
            }
        }
        return found.size() == before ? Outcome.PASSED : Outcome.FAILED;
    }

    private Outcome refunds(Set<String> refundNos, List<Finding> found, Map<String, Long> figures) {
        figures.put("expected.completedRefunds", (long) refundNos.size());
        Set<String> posted = new TreeSet<>();
        for (List<String> chunk : chunks(refundNos)) {
            List<String> references = chunk.stream().map(no -> "refund:" + no).toList();
            jdbc.query("""
                    SELECT e.reference FROM journal_entry e
                    WHERE e.entry_kind = 'REFUND' AND e.reference IN (:refs)
                      AND NOT EXISTS (SELECT 1 FROM journal_entry r WHERE r.reverses_entry_id = e.id)
                    """, new MapSqlParameterSource("refs", references), rs -> {
                posted.add(rs.getString(1).substring("refund:".length()));
            });
        }
        int before = found.size();
        for (String refundNo : new TreeSet<>(refundNos)) {
            if (!posted.contains(refundNo)) {
                found.add(new Finding(InvariantChecker.COMPLETED_REFUNDS, "refund:" + refundNo,
                        "Refund " + refundNo + " is completed but the ledger has no refund entry for it."));
            }
        }
        return found.size() == before ? Outcome.PASSED : Outcome.FAILED;
    }

    private static List<List<String>> chunks(Set<String> values) {
        List<String> all = new ArrayList<>(values);
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}
