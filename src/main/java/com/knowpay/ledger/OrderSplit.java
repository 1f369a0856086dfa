package com.knowpay.ledger;

import com.knowpay.payment.ChannelType;
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
 * How one order's payment was split between platform and creator, and how much of each part has
 * been refunded. Refunds are split in proportion to the original split, computed on the running
 * total so that rounding never lets either part be refunded more than it received, and the last
 * refund closes both parts exactly.
 */
@Entity
@Table(name = "ledger_order_split")
class OrderSplit {

    /** The platform's and the creator's part of one refund. */
    record RefundShare(long commissionFen, long creatorFen) {
        long total() {
            return commissionFen + creatorFen;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "order_no", nullable = false, length = 64)
    private String orderNo;

    @Column(name = "creator_id", nullable = false)
    private long creatorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ChannelType channel;

    @Column(name = "payment_reference", nullable = false, length = 120)
    private String paymentReference;

    @Column(name = "rate_bp", nullable = false)
    private int rateBp;

    @Column(name = "gross_fen", nullable = false)
    private long grossFen;

    @Column(name = "commission_fen", nullable = false)
    private long commissionFen;

    @Column(name = "creator_fen", nullable = false)
    private long creatorFen;

    @Column(name = "available_at", nullable = false)
    private Instant availableAt;

    @Column(name = "refunded_commission_fen", nullable = false)
    private long refundedCommissionFen;

    @Column(name = "refunded_creator_fen", nullable = false)
    private long refundedCreatorFen;

    @Column(nullable = false)
    private boolean reversed;

    /** Sandbox test money: no commission, the "creator part" sits in the test-money account, refunds take it back from there. */
    @Column(name = "test_money", nullable = false)
    private boolean testMoney;

    protected OrderSplit() {
    }

    OrderSplit(String orderNo, long creatorId, ChannelType channel, String paymentReference, int rateBp, long grossFen,
               Instant availableAt) {
        this(orderNo, creatorId, channel, paymentReference, rateBp, grossFen, availableAt, false);
    }

    OrderSplit(String orderNo, long creatorId, ChannelType channel, String paymentReference, int rateBp, long grossFen,
               Instant availableAt, boolean testMoney) {
        this.testMoney = testMoney;
        this.orderNo = orderNo;
        this.creatorId = creatorId;
        this.channel = channel;
        this.paymentReference = paymentReference;
        this.rateBp = rateBp;
        this.grossFen = grossFen;
        this.commissionFen = Commission.of(grossFen, rateBp);
        this.creatorFen = grossFen - commissionFen;
        this.availableAt = availableAt;
    }

    long remainingFen() {
        return grossFen - refundedCommissionFen - refundedCreatorFen;
    }

    /**
     * The split of a refund of {@code refundFen}: the platform's cumulative refunded part follows
     * floor(refundedSoFar × commission / gross), clamped so neither side goes past what it received.
     */
    RefundShare shareOf(long refundFen) {
        if (refundFen <= 0 || refundFen > remainingFen()) {
            throw new IllegalArgumentException("Refund of " + refundFen + " fen does not fit order " + orderNo
                    + " with " + remainingFen() + " fen left");
        }
        long refundedGross = refundedCommissionFen + refundedCreatorFen;
        long target = Math.multiplyExact(refundedGross + refundFen, commissionFen) / grossFen;
        long commissionLeft = commissionFen - refundedCommissionFen;
        long creatorLeft = creatorFen - refundedCreatorFen;
        long part = target - refundedCommissionFen;
        part = Math.max(part, Math.max(0, refundFen - creatorLeft));
        part = Math.min(part, Math.min(refundFen, commissionLeft));
        return new RefundShare(part, refundFen - part);
    }

    /** Records a refund's parts (negative parts undo one, for reversals). */
    void applyRefund(long commissionPart, long creatorPart) {
        long newCommission = refundedCommissionFen + commissionPart;
        long newCreator = refundedCreatorFen + creatorPart;
        if (newCommission < 0 || newCreator < 0 || newCommission > commissionFen || newCreator > creatorFen) {
            throw new IllegalStateException("Refunds of order " + orderNo + " would leave its split: commission "
                    + newCommission + "/" + commissionFen + ", creator " + newCreator + "/" + creatorFen);
        }
        refundedCommissionFen = newCommission;
        refundedCreatorFen = newCreator;
    }

    void markReversed() {
        if (refundedCommissionFen + refundedCreatorFen != 0) {
            throw new IllegalStateException("Order " + orderNo + " has refunds; they must be reversed first");
        }
        reversed = true;
    }

    String getOrderNo() {
        return orderNo;
    }

    long getCreatorId() {
        return creatorId;
    }

    ChannelType getChannel() {
        return channel;
    }

    String getPaymentReference() {
        return paymentReference;
    }

    int getRateBp() {
        return rateBp;
    }

    long getGrossFen() {
        return grossFen;
    }

    long getCommissionFen() {
        return commissionFen;
    }

    long getCreatorFen() {
        return creatorFen;
    }

    Instant getAvailableAt() {
        return availableAt;
    }

    long getRefundedCommissionFen() {
        return refundedCommissionFen;
    }

    long getRefundedCreatorFen() {
        return refundedCreatorFen;
    }

    boolean isTestMoney() {
        return testMoney;
    }

    boolean isReversed() {
        return reversed;
    }
}
