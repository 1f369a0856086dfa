package com.knowpay.reconciliation;

import com.knowpay.payment.ChannelType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** One run: RUNNING until it finishes with counts, or fails with the reason. */
@Entity
@Table(name = "reconciliation_run")
class ReconciliationRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private ChannelType channel;

    @Column(name = "bill_date", nullable = false, updatable = false)
    private LocalDate billDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RunStatus status;

    @Column(name = "bill_lines", nullable = false)
    private int billLines;

    @Column(name = "local_records", nullable = false)
    private int localRecords;

    @Column(nullable = false)
    private int mismatches;

    @Column(name = "new_mismatches", nullable = false)
    private int newMismatches;

    @Column(name = "started_by", nullable = false, length = 64, updatable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** Only on runs from before people's refunds were matched ("only automatic refunds were matched"); no longer written. */
    @Column(length = 255)
    private String note;

    @Column(length = 500)
    private String error;

    protected ReconciliationRun() {
    }

    ReconciliationRun(ChannelType channel, LocalDate billDate, String startedBy, Instant now) {
        this.channel = channel;
        this.billDate = billDate;
        this.startedBy = startedBy;
        this.startedAt = now;
        this.status = RunStatus.RUNNING;
    }

    void succeeded(int billLines, int localRecords, int mismatches, int newMismatches, Instant now) {
        requireRunning();
        this.billLines = billLines;
        this.localRecords = localRecords;
        this.mismatches = mismatches;
        this.newMismatches = newMismatches;
        this.status = RunStatus.SUCCEEDED;
        this.finishedAt = now;
    }

    void failed(String error, Instant now) {
        requireRunning();
        this.error = error == null ? "unknown" : error.length() > 500 ? error.substring(0, 500) : error;
        this.status = RunStatus.FAILED;
        this.finishedAt = now;
    }

    private void requireRunning() {
        if (status != RunStatus.RUNNING) {
            throw new IllegalStateException("Run " + id + " already finished: " + status);
        }
    }

    Long id() {
        return id;
    }

    ReconciliationRunView toView() {
        return new ReconciliationRunView(id, channel, billDate, status, billLines, localRecords, mismatches,
                newMismatches, startedBy, startedAt, finishedAt, note, error);
    }
}
