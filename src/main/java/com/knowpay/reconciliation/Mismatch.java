package com.knowpay.reconciliation;

import com.knowpay.payment.ChannelType;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.Money;
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

/** A queue item: OPEN until an admin resolves it once, with a resolution and (for EXPLAINED) a note. */
@Entity
@Table(name = "reconciliation_mismatch")
class Mismatch {

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
    @Column(nullable = false, length = 24, updatable = false)
    private MismatchType type;

    @Column(nullable = false, length = 64, updatable = false)
    private String reference;

    @Column(name = "order_no", length = 32, updatable = false)
    private String orderNo;

    @Column(name = "payment_no", length = 64, updatable = false)
    private String paymentNo;

    @Column(name = "refund_no", length = 64, updatable = false)
    private String refundNo;

    @Column(name = "provider_trade_no", length = 64, updatable = false)
    private String providerTradeNo;

    @Column(name = "provider_amount_fen", updatable = false)
    private Long providerAmountFen;

    @Column(name = "local_amount_fen", updatable = false)
    private Long localAmountFen;

    @Column(nullable = false, length = 500, updatable = false)
    private String detail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MismatchStatus status;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Resolution resolution;

    @Column
    private String note;

    @Column(name = "resolved_by", length = 64)
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "run_id", nullable = false, updatable = false)
    private long runId;

    @Column(name = "detected_at", nullable = false, updatable = false)
    private Instant detectedAt;

    protected Mismatch() {
    }

    Mismatch(long runId, ChannelType channel, LocalDate billDate, Finding f, Instant now) {
        this.runId = runId;
        this.channel = channel;
        this.billDate = billDate;
        this.type = f.type();
        this.reference = f.reference();
        this.orderNo = f.orderNo();
        this.paymentNo = f.paymentNo();
        this.refundNo = f.refundNo();
        this.providerTradeNo = f.providerTradeNo();
        this.providerAmountFen = f.providerAmount() == null ? null : f.providerAmount().fen();
        this.localAmountFen = f.localAmount() == null ? null : f.localAmount().fen();
        this.detail = f.detail().length() > 500 ? f.detail().substring(0, 500) : f.detail();
        this.status = MismatchStatus.OPEN;
        this.detectedAt = now;
    }

    /** Resolves the item once; a second resolution is refused (an earlier decision is never replaced). */
    void resolve(Resolution how, String note, String by, Instant now) {
        if (status != MismatchStatus.OPEN) {
            throw DomainException.conflict("mismatch-resolved",
                    "This mismatch was already resolved (" + resolution + " by " + resolvedBy + ").");
        }
        if (how == Resolution.EXPLAINED && (note == null || note.isBlank())) {
            throw DomainException.invalid("note-required", "Say why this mismatch needs no correction.");
        }
        this.status = MismatchStatus.RESOLVED;
        this.resolution = how;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.resolvedBy = by;
        this.resolvedAt = now;
    }

    Long id() {
        return id;
    }

    MismatchView toView() {
        return new MismatchView(id, channel, billDate, type, reference, orderNo, paymentNo, refundNo, providerTradeNo,
                providerAmountFen == null ? null : Money.fen(providerAmountFen),
                localAmountFen == null ? null : Money.fen(localAmountFen), detail, status, resolution, note,
                resolvedBy, resolvedAt, detectedAt);
    }
}
