package com.knowpay.payment;

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
 * The intent to give back money the order did not need, recorded in the same transaction that
 * recorded the money. The provider is called after commit, and again by a janitor with the SAME
 * {@code out_refund_no} until it answers for good, so the payer is refunded exactly once.
 */
@Entity
@Table(name = "payment_auto_refund")
class AutoRefund {

    enum Status { PENDING, PROCESSING, SUCCEEDED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "out_refund_no", nullable = false, length = 32, updatable = false)
    private String outRefundNo;

    @Column(name = "payment_no", nullable = false, length = 32, updatable = false)
    private String paymentNo;

    @Column(name = "order_no", nullable = false, length = 32, updatable = false)
    private String orderNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private ChannelType channel;

    @Column(name = "amount_fen", nullable = false, updatable = false)
    private long amountFen;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(nullable = false, length = 120, updatable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(nullable = false)
    private int tries;

    @Column(name = "last_error", length = 255)
    private String lastError;

    @Column(name = "provider_refund_no", length = 64)
    private String providerRefundNo;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected AutoRefund() {
    }

    AutoRefund(String outRefundNo, PaymentAttempt attempt, String reason, Instant now) {
        this.outRefundNo = outRefundNo;
        this.paymentNo = attempt.paymentNo();
        this.orderNo = attempt.orderNo();
        this.channel = attempt.channel();
        this.amountFen = attempt.amount().fen();
        this.currency = attempt.amount().currency();
        this.reason = reason;
        this.status = Status.PENDING;
        this.createdAt = now;
        this.updatedAt = now;
    }

    ProviderRefundCall toRequest() {
        Money amount = new Money(amountFen, currency);
        return new ProviderRefundCall(paymentNo, outRefundNo, amount, amount, reason);
    }

    /** Records what the provider said; true when the refund reached its end (either way). */
    boolean record(RefundOutcome outcome, Instant now) {
        tries++;
        updatedAt = now;
        providerRefundNo = outcome.providerRefundNo() != null ? outcome.providerRefundNo() : providerRefundNo;
        switch (outcome.status()) {
            case SUCCEEDED -> {
                status = Status.SUCCEEDED;
                completedAt = now;
            }
            case PROCESSING -> status = Status.PROCESSING;
            case FAILED -> {
                status = Status.FAILED;
                lastError = truncate(outcome.message());
                completedAt = now;
            }
            case NOT_FOUND -> status = Status.PENDING;
        }
        return isFinished();
    }

    /** The provider could not be reached or refused for now; keep the same number for the next try. */
    void callFailed(String message, boolean retryable, Instant now) {
        tries++;
        updatedAt = now;
        lastError = truncate(message);
        if (!retryable) {
            status = Status.FAILED;
            completedAt = now;
        }
    }

    boolean isFinished() {
        return status == Status.SUCCEEDED || status == Status.FAILED;
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 255 ? s : s.substring(0, 255);
    }

    String outRefundNo() {
        return outRefundNo;
    }

    String paymentNo() {
        return paymentNo;
    }

    ChannelType channel() {
        return channel;
    }

    String orderNo() {
        return orderNo;
    }

    Money amount() {
        return new Money(amountFen, currency);
    }

    Instant completedAt() {
        return completedAt;
    }

    Status status() {
        return status;
    }

    int tries() {
        return tries;
    }
}
