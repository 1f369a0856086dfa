package com.knowpay.ledger;

import com.knowpay.payment.ChannelType;
import com.knowpay.shared.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * A refund of (part of) a paid order.
 *
 * @param reference    unique per refund, e.g. {@code "refund:" + refundNo}
 * @param refundAmount what goes back to the learner (≤ what is left of the order)
 * @param orderGross   the order's paid amount, checked against the posted payment
 * @param refundedAt   when the refund was approved or completed
 */
public record RefundPosting(String reference, String orderNo, long creatorId, ChannelType channel, Money refundAmount,
                            Money orderGross, Instant refundedAt) {

    public RefundPosting {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(refundAmount, "refundAmount");
        Objects.requireNonNull(orderGross, "orderGross");
        Objects.requireNonNull(refundedAt, "refundedAt");
        LedgerChecks.requireReference(reference);
        LedgerChecks.requireOrderNo(orderNo);
        if (refundAmount.isZero()) {
            throw new IllegalArgumentException("A refund of ¥0.00 cannot be posted");
        }
    }
}
