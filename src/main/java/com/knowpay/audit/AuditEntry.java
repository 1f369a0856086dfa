package com.knowpay.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One privileged action. Immutable: Hibernate never issues an UPDATE for it. */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name", nullable = false, length = 60)
    private String actorName;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(name = "target_type", nullable = false, length = 40)
    private String targetType;

    @Column(name = "target_id", nullable = false, length = 64)
    private String targetId;

    @Column(name = "before_state")
    private String before;

    @Column(name = "after_state")
    private String after;

    @Column(length = 1000)
    private String note;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, Long actorId, String actorName, AuditRecord r) {
        this.at = at;
        this.actorId = actorId;
        this.actorName = actorName;
        this.action = r.action();
        this.targetType = r.targetType();
        this.targetId = r.targetId();
        this.before = r.before();
        this.after = r.after();
        this.note = r.note();
    }

    AuditEntryView toView() {
        return new AuditEntryView(id, at, actorId, actorName, action, targetType, targetId, before, after, note);
    }
}
