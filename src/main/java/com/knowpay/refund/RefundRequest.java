package com.knowpay.refund;

import com.knowpay.order.RefundableOrder;
import com.knowpay.payment.ChannelType;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A request to give (part of) an order's money back. Guards every move of {@link RefundStatus},
 * including maker-checker: the admin who asked never approves, and the second approval of a large
 * refund comes from a different admin than the first. {@code refundNo} is the number the provider
 * sees; it never changes, so every retry is the same refund at the provider.
 */
@Entity
@Table(name = "refund_request")
class RefundRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "refund_no", nullable = false, length = 32, updatable = false)
    private String refundNo;

    @Column(name = "order_no", nullable = false, length = 32, updatable = false)
    private String orderNo;

    @Column(name = "payment_no", nullable = false, length = 32, updatable = false)
    private String paymentNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private ChannelType channel;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "amount_fen", nullable = false, updatable = false)
    private long amountFen;

    @Column(name = "order_amount_fen", nullable = false, updatable = false)
    private long orderAmountFen;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(nullable = false, length = 500, updatable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "initiated_by", nullable = false, length = 8, updatable = false)
    private Initiator initiatedBy;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private long requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private RefundStatus status;

    @Column(name = "first_approver")
    private Long firstApprover;

    @Column(name = "second_approver")
    private Long secondApprover;

    @Column(columnDefinition = "TEXT")
    private String notes;

    @Column(name = "last_error", length = 255)
    private String lastError;

    @Column(nullable = false)
    private boolean retryable;

    @Column(name = "provider_refund_no", length = 64)
    private String providerRefundNo;

    @Column(nullable = false)
    private int tries;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "refund_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<RefundStatusChange> history = new ArrayList<>();

    protected RefundRequest() {
    }

    RefundRequest(String refundNo, RefundableOrder order, Money amount, String reason, Initiator initiatedBy,
                  long requestedBy, String note, Instant now) {
        this.refundNo = refundNo;
        this.orderNo = order.orderNo();
        this.paymentNo = order.paidPaymentNo();
        this.channel = order.channel();
        this.userId = order.userId();
        this.amountFen = amount.fen();
        this.orderAmountFen = order.amount().fen();
        this.currency = amount.currency();
        this.reason = reason;
        this.initiatedBy = initiatedBy;
        this.requestedBy = requestedBy;
        this.status = RefundStatus.REQUESTED;
        this.createdAt = now;
        this.updatedAt = now;
        addNote(note, now);
        history.add(new RefundStatusChange(null, status, requestedBy, note, now));
    }

    /**
     * An admin approves. At or below {@code threshold} one approval suffices; above it the refund
     * waits for a second, different admin. The admin who asked for the refund approves neither time.
     */
    void approve(long adminId, String note, Money threshold, Instant now) {
        if (initiatedBy == Initiator.ADMIN && requestedBy == adminId) {
            throw DomainException.forbidden("refund-own-request",
                    "You asked for refund " + refundNo + " yourself; another admin must approve it.");
        }
        switch (status) {
            case REQUESTED -> {
                firstApprover = adminId;
                move(amount().isGreaterThan(threshold) ? RefundStatus.AWAITING_SECOND_APPROVAL : RefundStatus.APPROVED,
                        adminId, note, now);
            }
            case AWAITING_SECOND_APPROVAL -> {
                if (firstApprover != null && firstApprover == adminId) {
                    throw DomainException.forbidden("refund-same-approver", "You already approved refund " + refundNo
                            + "; a refund above " + threshold + " needs a second, different admin.");
                }
                secondApprover = adminId;
                move(RefundStatus.APPROVED, adminId, note, now);
            }
            default -> throw illegal("approve");
        }
    }

    void reject(long adminId, String note, Instant now) {
        if (!status.isPending()) {
            throw illegal("reject");
        }
        move(RefundStatus.REJECTED, adminId, note, now);
        completedAt = now;
    }

    /** About to call the provider (first call, query of an accepted refund, or a retry with the same number). */
    void processing(Long actorId, String note, Instant now) {
        if (status != RefundStatus.APPROVED && status != RefundStatus.PROCESSING && status != RefundStatus.FAILED) {
            throw illegal("process");
        }
        tries++;
        if (status != RefundStatus.PROCESSING) {
            move(RefundStatus.PROCESSING, actorId, note, now);
            completedAt = null;
        } else {
            updatedAt = now;
        }
    }

    void accepted(String providerRefundNo, Instant now) {
        requireProcessing("record an acceptance");
        remember(providerRefundNo);
        updatedAt = now;
    }

    void succeeded(String providerRefundNo, Instant at, Instant now) {
        requireProcessing("complete");
        remember(providerRefundNo);
        lastError = null;
        retryable = false;
        move(RefundStatus.SUCCEEDED, null, "refunded by " + channel, now);
        completedAt = at != null ? at : now;
    }

    /** The provider refused or could not be reached; {@code retryable} says if the same call may work later. */
    void failed(String message, boolean retryable, Instant now) {
        requireProcessing("fail");
        this.lastError = message == null ? "unknown error" : message.length() <= 255 ? message : message.substring(0, 255);
        this.retryable = retryable;
        move(RefundStatus.FAILED, null, lastError, now);
        completedAt = retryable ? null : now;
    }

    void addNote(String note, Instant now) {
        if (note != null && !note.isBlank()) {
            notes = (notes == null ? "" : notes + "\n") + now + " " + note.strip();
        }
    }

    private void move(RefundStatus to, Long actorId, String note, Instant now) {
        history.add(new RefundStatusChange(status, to, actorId, note, now));
        status = to;
        updatedAt = now;
        addNote(note, now);
    }

    private void remember(String providerRefundNo) {
        if (providerRefundNo != null) {
            this.providerRefundNo = providerRefundNo;
        }
    }

    private void requireProcessing(String action) {
        if (status != RefundStatus.PROCESSING) {
            throw illegal(action);
        }
    }

    private DomainException illegal(String action) {
        return DomainException.conflict("refund-state", "Cannot " + action + " refund " + refundNo + ": it is "
                + status + ".");
    }

    RefundView toView() {
        return new RefundView(refundNo, orderNo, paymentNo, channel, userId, amount(),
                new Money(orderAmountFen, currency), reason, initiatedBy, requestedBy, status, firstApprover,
                secondApprover, notes, lastError, retryable, createdAt, updatedAt, completedAt,
                history.stream().map(RefundStatusChange::toView).toList());
    }

    com.knowpay.payment.ProviderRefundCall toProviderRequest() {
        return new com.knowpay.payment.ProviderRefundCall(paymentNo, refundNo, amount(),
                new Money(orderAmountFen, currency), reason.length() > 80 ? reason.substring(0, 80) : reason);
    }

    Money amount() {
        return new Money(amountFen, currency);
    }

    String refundNo() {
        return refundNo;
    }

    String orderNo() {
        return orderNo;
    }

    String paymentNo() {
        return paymentNo;
    }

    ChannelType channel() {
        return channel;
    }

    long userId() {
        return userId;
    }

    RefundStatus status() {
        return status;
    }

    boolean retryable() {
        return retryable;
    }

    String providerRefundNo() {
        return providerRefundNo;
    }

    int tries() {
        return tries;
    }

    Instant completedAt() {
        return completedAt;
    }

    String lastError() {
        return lastError;
    }
}
