package com.knowpay.payment.sandbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A refund as the fake provider keeps it; the same out_refund_no is the same refund. */
@Entity
@Table(name = "sandbox_refund")
class SandboxRefund {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "out_refund_no", nullable = false, length = 64, updatable = false)
    private String outRefundNo;

    @Column(name = "out_trade_no", nullable = false, length = 64, updatable = false)
    private String outTradeNo;

    @Column(name = "refund_no", nullable = false, length = 40, updatable = false)
    private String refundNo;

    @Column(name = "amount_fen", nullable = false, updatable = false)
    private long amountFen;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected SandboxRefund() {
    }

    SandboxRefund(String outRefundNo, String outTradeNo, String refundNo, long amountFen, Instant now) {
        this.outRefundNo = outRefundNo;
        this.outTradeNo = outTradeNo;
        this.refundNo = refundNo;
        this.amountFen = amountFen;
        this.createdAt = now;
    }

    String outRefundNo() {
        return outRefundNo;
    }

    String outTradeNo() {
        return outTradeNo;
    }

    String refundNo() {
        return refundNo;
    }

    long amountFen() {
        return amountFen;
    }

    Instant createdAt() {
        return createdAt;
    }
}
