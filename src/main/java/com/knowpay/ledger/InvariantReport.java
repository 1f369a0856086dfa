package com.knowpay.ledger;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of one invariant check.
 *
 * @param violations what is wrong now (stored, never fixed automatically)
 * @param figures    totals seen by the check (postings count/sum, balances per account type, …)
 * @param checks     each check by name and whether it passed, failed or could not run ("not checked")
 */
public record InvariantReport(Instant checkedAt, List<Violation> violations, Map<String, Long> figures,
                              Map<String, Outcome> checks) {

    public enum Outcome { PASSED, FAILED, NOT_CHECKED }

    public InvariantReport {
        violations = List.copyOf(violations);
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        checks = Collections.unmodifiableMap(new LinkedHashMap<>(checks));
    }

    public boolean clean() {
        return violations.isEmpty();
    }

    /**
     * @param check   the check that found it, e.g. "entries-balanced"
     * @param subject what it is about, e.g. "entry:42 payment:P…" or "creator:7"
     */
    public record Violation(String check, String subject, String detail, Instant firstSeenAt) {
    }
}
