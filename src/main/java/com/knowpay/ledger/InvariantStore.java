package com.knowpay.ledger;

import com.knowpay.ledger.InvariantChecker.Finding;
import com.knowpay.ledger.InvariantChecker.Findings;
import com.knowpay.ledger.InvariantReport.Outcome;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Keeps each run and its violations; a violation no longer found is marked cleared, never deleted. */
@Component
class InvariantStore {

    private final InvariantRunRepository runs;
    private final LedgerViolationRepository violations;

    InvariantStore(InvariantRunRepository runs, LedgerViolationRepository violations) {
        this.runs = runs;
        this.violations = violations;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    InvariantReport save(Instant now, Findings findings) {
        InvariantRun run = runs.save(new InvariantRun(now, findings.found().size(), format(findings.figures()),
                format(findings.checks())));
        Map<String, LedgerViolation> open = new HashMap<>();
        violations.findByClearedAtIsNull().forEach(v -> open.put(key(v.getCheck(), v.getSubject()), v));
        List<InvariantReport.Violation> seen = findings.found().stream().map(f -> {
            String subject = f.subject().length() > 190 ? f.subject().substring(0, 190) : f.subject();
            LedgerViolation v = open.remove(key(f.check(), subject));
            if (v == null) {
                v = violations.findByCheckAndSubject(f.check(), subject).orElse(null);
            }
            if (v == null) {
                v = violations.save(new LedgerViolation(f.check(), subject, f.detail(), now, run.getId()));
            } else {
                v.seen(f.detail(), now, run.getId());
            }
            return v.toView();
        }).toList();
        open.values().forEach(v -> v.clear(now));
        return new InvariantReport(now, seen, findings.figures(), findings.checks());
    }

    @Transactional(readOnly = true)
    Optional<InvariantReport> last() {
        return runs.findTopByOrderByIdDesc().map(run -> new InvariantReport(run.getCheckedAt(),
                violations.findByLastRunIdOrderByIdAsc(run.getId()).stream().map(LedgerViolation::toView).toList(),
                parse(run.getFigures(), Long::valueOf), parse(run.getChecks(), Outcome::valueOf)));
    }

    private static String key(String check, String subject) {
        return check + "|" + subject;
    }

    private static String format(Map<String, ?> values) {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
    }

    private static <T> Map<String, T> parse(String text, java.util.function.Function<String, T> value) {
        Map<String, T> map = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                map.put(line.substring(0, eq), value.apply(line.substring(eq + 1)));
            }
        }
        return map;
    }
}
