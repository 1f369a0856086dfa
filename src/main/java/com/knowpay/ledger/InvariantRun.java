package com.knowpay.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One run of the invariant check: when, what it counted, which checks passed. */
@Entity
@Immutable
@Table(name = "ledger_invariant_run")
class InvariantRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    @Column(name = "violation_count", nullable = false)
    private int violationCount;

    /** "name=value" lines. */
    @Column(nullable = false)
    private String figures;

    /** "check=OUTCOME" lines. */
    @Column(nullable = false)
    private String checks;

    protected InvariantRun() {
    }

    InvariantRun(Instant checkedAt, int violationCount, String figures, String checks) {
        this.checkedAt = checkedAt;
        this.violationCount = violationCount;
        this.figures = figures;
        this.checks = checks;
    }

    Long getId() {
        return id;
    }

    Instant getCheckedAt() {
        return checkedAt;
    }

    String getFigures() {
        return figures;
    }

    String getChecks() {
        return checks;
    }
}
