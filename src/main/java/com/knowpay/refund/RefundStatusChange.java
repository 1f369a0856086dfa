package com.knowpay.refund;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One move of a refund's status, with who made it; written by the aggregate, never changed. */
@Entity
@Table(name = "refund_status_change")
class RefundStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 32, updatable = false)
    private RefundStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 32, updatable = false)
    private RefundStatus to;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(length = 255, updatable = false)
    private String note;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant at;

    protected RefundStatusChange() {
    }

    RefundStatusChange(RefundStatus from, RefundStatus to, Long actorId, String note, Instant at) {
        this.from = from;
        this.to = to;
        this.actorId = actorId;
        this.note = note == null || note.length() <= 255 ? note : note.substring(0, 255);
        this.at = at;
    }

    RefundHistoryEntry toView() {
        return new RefundHistoryEntry(from, to, actorId, note, at);
    }
}
