package com.knowpay.payment.sandbox;

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

/** A trade as the fake provider keeps it on "its own servers". */
@Entity
@Table(name = "sandbox_trade")
class SandboxTrade {

    enum Status { WAITING, PAID, CLOSED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "out_trade_no", nullable = false, length = 64, updatable = false)
    private String outTradeNo;

    @Column(name = "trade_no", nullable = false, length = 40, updatable = false)
    private String tradeNo;

    @Column(name = "amount_fen", nullable = false, updatable = false)
    private long amountFen;

    @Column(nullable = false, length = 256, updatable = false)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "refunded_fen", nullable = false)
    private long refundedFen;

    protected SandboxTrade() {
    }

    SandboxTrade(String outTradeNo, String tradeNo, long amountFen, String subject, Instant now, Instant expiresAt) {
        this.outTradeNo = outTradeNo;
        this.tradeNo = tradeNo;
        this.amountFen = amountFen;
        this.subject = subject;
        this.status = Status.WAITING;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** Like a real provider, an unpaid trade past its expiry is closed. */
    Status statusAt(Instant now) {
        return status == Status.WAITING && !now.isBefore(expiresAt) ? Status.CLOSED : status;
    }

    boolean payable(Instant now) {
        return statusAt(now) == Status.WAITING;
    }

    void pay(Instant now) {
        status = Status.PAID;
        paidAt = now;
    }

    void decline(Instant now) {
        status = Status.FAILED;
        closedAt = now;
    }

    void close(Instant now) {
        status = Status.CLOSED;
        closedAt = now;
    }

    void refund(long fen) {
        refundedFen += fen;
    }

    String outTradeNo() {
        return outTradeNo;
    }

    String tradeNo() {
        return tradeNo;
    }

    long amountFen() {
        return amountFen;
    }

    long refundedFen() {
        return refundedFen;
    }

    String subject() {
        return subject;
    }

    Instant paidAt() {
        return paidAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
