package com.knowpay.payment;

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

/** One QR code shown for an order; guards the moves drawn in {@link AttemptStatus}. */
@Entity
@Table(name = "payment_attempt")
class PaymentAttempt {

    static final int REASON_MAX = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

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

    @Column(nullable = false, length = 128, updatable = false)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AttemptStatus status;

    @Column(name = "qr_content", length = 512)
    private String qrContent;

    @Column(name = "provider_trade_no", length = 64)
    private String providerTradeNo;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "failure_reason", length = REASON_MAX)
    private String failureReason;

    protected PaymentAttempt() {
    }

    PaymentAttempt(String paymentNo, StartAttempt cmd, Instant now) {
        this.paymentNo = paymentNo;
        this.orderNo = cmd.orderNo();
        this.channel = cmd.channel();
        this.amountFen = cmd.amount().fen();
        this.currency = cmd.amount().currency();
        this.subject = cmd.subject().length() > 128 ? cmd.subject().substring(0, 128) : cmd.subject();
        this.status = AttemptStatus.CREATED;
        this.createdAt = now;
        this.expiresAt = cmd.expiresAt();
    }

    /** The provider made the QR code. */
    void qrReady(String qrContent) {
        require(status == AttemptStatus.CREATED, "show a QR code for");
        this.qrContent = qrContent;
        this.status = AttemptStatus.PENDING;
    }

    /** The provider refused or could not be reached while creating the payment. */
    void failed(String reason, Instant now) {
        require(status == AttemptStatus.CREATED, "fail");
        this.status = AttemptStatus.FAILED;
        this.failureReason = truncate(reason);
        this.closedAt = now;
    }

    /** The buyer's payment was declined at the provider. */
    void declined(String reason, Instant now) {
        require(status.isOpen(), "decline");
        this.status = AttemptStatus.DECLINED;
        this.failureReason = truncate(reason);
        this.closedAt = now;
    }

    void closed(Instant now) {
        require(status.isOpen(), "close");
        this.status = AttemptStatus.CLOSED;
        this.closedAt = now;
    }

    /**
     * Verified money arrived. Allowed from every state where money has not arrived yet: a payment
     * that lands after we closed or gave up on an attempt is still money we hold.
     */
    void succeeded(String providerTradeNo, Instant paidAt) {
        require(!status.moneyArrived(), "record a payment for");
        this.status = AttemptStatus.SUCCEEDED;
        this.providerTradeNo = providerTradeNo;
        this.paidAt = paidAt;
    }

    /** The order did not need this money. */
    void autoRefunding() {
        require(status == AttemptStatus.SUCCEEDED, "refund");
        this.status = AttemptStatus.AUTO_REFUNDING;
    }

    void autoRefunded() {
        require(status == AttemptStatus.AUTO_REFUNDING, "finish refunding");
        this.status = AttemptStatus.AUTO_REFUNDED;
    }

    boolean matches(Money amount) {
        return amount != null && amount.fen() == amountFen && currency.equals(amount.currency());
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw DomainException.conflict("attempt-state",
                    "Cannot " + action + " payment " + paymentNo + " while it is " + status + ".");
        }
    }

    private static String truncate(String reason) {
        if (reason == null) {
            return null;
        }
        return reason.length() > REASON_MAX ? reason.substring(0, REASON_MAX) : reason;
    }

    PaymentAttemptView toView() {
        return new PaymentAttemptView(paymentNo, channel, status, qrContent, amount(), createdAt, expiresAt, paidAt,
                failureReason);
    }

    Money amount() {
        return new Money(amountFen, currency);
    }

    String paymentNo() {
        return paymentNo;
    }

    String orderNo() {
        return orderNo;
    }

    ChannelType channel() {
        return channel;
    }

    AttemptStatus status() {
        return status;
    }

    String subject() {
        return subject;
    }

    String providerTradeNo() {
        return providerTradeNo;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    Instant paidAt() {
        return paidAt;
    }
}
