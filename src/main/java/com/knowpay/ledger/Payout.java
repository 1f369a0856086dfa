package com.knowpay.ledger;

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

/**
 * A creator's request to be paid. {@code openKey} holds the creator id while the request is open
 * and is UNIQUE, so a creator can never have two open requests even if two requests race.
 */
@Entity
@Table(name = "ledger_payout")
class Payout {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "payout_no", nullable = false, length = 32)
    private String payoutNo;

    @Column(name = "creator_id", nullable = false)
    private long creatorId;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PayoutStatus status;

    @Column(name = "open_key")
    private Long openKey;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @Column(length = 500)
    private String note;

    @Column(name = "bank_reference", length = 64)
    private String bankReference;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "entry_id")
    private Long entryId;

    protected Payout() {
    }

    Payout(String payoutNo, long creatorId, long amountFen, Instant requestedAt) {
        this.payoutNo = payoutNo;
        this.creatorId = creatorId;
        this.amountFen = amountFen;
        this.requestedAt = requestedAt;
        this.status = PayoutStatus.REQUESTED;
        this.openKey = creatorId;
    }

    void approve(String by, String note, Instant at) {
        require(PayoutStatus.REQUESTED, "approved");
        this.status = PayoutStatus.APPROVED;
        decided(by, note, at);
    }

    void reject(String by, String note, Instant at) {
        if (!status.isOpen()) {
            throw illegal("rejected");
        }
        this.status = PayoutStatus.REJECTED;
        this.openKey = null;
        decided(by, note, at);
    }

    void markPaid(String bankReference, long entryId, Instant at) {
        require(PayoutStatus.APPROVED, "marked paid");
        this.status = PayoutStatus.PAID;
        this.openKey = null;
        this.bankReference = bankReference;
        this.entryId = entryId;
        this.paidAt = at;
    }

    /** The payout entry was reversed: the bank returned the money. */
    void returned() {
        require(PayoutStatus.PAID, "returned");
        this.status = PayoutStatus.RETURNED;
    }

    private void decided(String by, String note, Instant at) {
        this.decidedBy = by;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.decidedAt = at;
    }

    private void require(PayoutStatus expected, String verb) {
        if (status != expected) {
            throw illegal(verb);
        }
    }

    private DomainException illegal(String verb) {
        return DomainException.conflict("ledger-payout-state",
                "Payout " + payoutNo + " is " + status + " and cannot be " + verb + ".");
    }

    Long getId() {
        return id;
    }

    String getPayoutNo() {
        return payoutNo;
    }

    long getCreatorId() {
        return creatorId;
    }

    long getAmountFen() {
        return amountFen;
    }

    PayoutStatus getStatus() {
        return status;
    }

    PayoutView toView(String creatorName) {
        return new PayoutView(id, payoutNo, creatorId, creatorName, Money.fen(amountFen), status,
                requestedAt, decidedAt, decidedBy, note, bankReference, paidAt);
    }
}
