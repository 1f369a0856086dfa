package com.knowpay.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Something the invariant check found wrong, one row per (check, subject). A later run that no
 * longer finds it marks it cleared; nothing here changes the books.
 */
@Entity
@Table(name = "ledger_violation")
class LedgerViolation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "check_name", nullable = false, length = 60)
    private String check;

    @Column(nullable = false, length = 190)
    private String subject;

    @Column(nullable = false, length = 1000)
    private String detail;

    @Column(name = "first_seen_at", nullable = false)
    private Instant firstSeenAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "last_run_id", nullable = false)
    private long lastRunId;

    @Column(name = "cleared_at")
    private Instant clearedAt;

    protected LedgerViolation() {
    }

    LedgerViolation(String check, String subject, String detail, Instant at, long runId) {
        this.check = check;
        this.subject = subject;
        this.firstSeenAt = at;
        seen(detail, at, runId);
    }

    void seen(String detail, Instant at, long runId) {
        this.detail = detail.length() > 1000 ? detail.substring(0, 1000) : detail;
        this.lastSeenAt = at;
        this.lastRunId = runId;
        if (clearedAt != null) {
            clearedAt = null;
            firstSeenAt = at;
        }
    }

    void clear(Instant at) {
        if (clearedAt == null) {
            clearedAt = at;
        }
    }

    String getCheck() {
        return check;
    }

    String getSubject() {
        return subject;
    }

    InvariantReport.Violation toView() {
        return new InvariantReport.Violation(check, subject, detail, firstSeenAt);
    }
}
