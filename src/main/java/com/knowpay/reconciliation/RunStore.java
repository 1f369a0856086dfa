package com.knowpay.reconciliation;

import com.knowpay.audit.AuditRecord;
import com.knowpay.audit.AuditService;
import com.knowpay.payment.ChannelType;
import com.knowpay.shared.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The short transactions of reconciliation: run rows, queue items, resolutions with their audit entries. */
@Component
@Transactional
class RunStore {

    static final String AUDIT_TYPE = "reconciliation_mismatch";

    private final RunRepository runs;
    private final MismatchRepository mismatches;
    private final AuditService audit;
    private final Clock clock;

    RunStore(RunRepository runs, MismatchRepository mismatches, AuditService audit, Clock clock) {
        this.runs = runs;
        this.mismatches = mismatches;
        this.audit = audit;
        this.clock = clock;
    }

    long start(ChannelType channel, LocalDate date, String startedBy) {
        return runs.save(new ReconciliationRun(channel, date, startedBy, clock.instant())).id();
    }

    ReconciliationRunView finish(long runId, int billLines, int localRecords, int found, int added) {
        ReconciliationRun run = runs.findById(runId).orElseThrow();
        run.succeeded(billLines, localRecords, found, added, clock.instant());
        return run.toView();
    }

    ReconciliationRunView fail(long runId, String error) {
        ReconciliationRun run = runs.findById(runId).orElseThrow();
        run.failed(error, clock.instant());
        return run.toView();
    }

    /**
     * Queues the finding unless an item with the same key exists (open or resolved: a decision is
     * never replaced). A concurrent run inserting the same key fails on the UNIQUE constraint and
     * rolls this transaction back; the caller treats that as "already queued".
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    boolean queue(long runId, ChannelType channel, LocalDate date, Finding f) {
        if (mismatches.existsByChannelAndBillDateAndTypeAndReference(channel, date, f.type(), f.reference())) {
            return false;
        }
        mismatches.saveAndFlush(new Mismatch(runId, channel, date, f, clock.instant()));
        return true;
    }

    @Transactional(readOnly = true)
    MismatchView get(long id) {
        return find(id).toView();
    }

    /** Resolves the item and records who did it and why, in one transaction. */
    MismatchView resolve(long id, Resolution how, String note, String actor, String outcome) {
        Mismatch m = find(id);
        MismatchView before = m.toView();
        m.resolve(how, note, actor, clock.instant());
        MismatchView after = mismatches.saveAndFlush(m).toView();
        audit.record(new AuditRecord("reconciliation." + how.name().toLowerCase(java.util.Locale.ROOT), AUDIT_TYPE,
                String.valueOf(id), "OPEN " + before.type() + " " + before.reference(),
                "RESOLVED " + how + (outcome == null ? "" : " " + outcome), after.note()));
        return after;
    }

    /** Records a privileged run started by a person. */
    void audited(ReconciliationRunView run) {
        audit.record(AuditRecord.of("reconciliation.run", "reconciliation_run", String.valueOf(run.id()), null,
                run.channel() + " " + run.date() + " " + run.status() + " mismatches=" + run.mismatches()));
    }

    private Mismatch find(long id) {
        return mismatches.findById(id).orElseThrow(() -> DomainException.notFound("mismatch-not-found",
                "No reconciliation mismatch " + id + "."));
    }
}
