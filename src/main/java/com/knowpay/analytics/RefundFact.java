package com.knowpay.analytics;

import com.knowpay.payment.ChannelType;
import com.knowpay.shared.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * A refund that reached the learner, for the roll-ups. It counts on the refund's business day
 * ({@link BusinessDay#of(Instant)} of {@code at}), not the order's. {@code full} = the order is now
 * refunded in full (the learner no longer owns the course: co-purchase counts are taken back).
 * The same fact (order, amount, instant) recorded twice counts once.
 */
public record RefundFact(String orderNo, long creatorId, long courseId, ChannelType channel, Money amount, Instant at,
                         boolean full) {

    public RefundFact {
        Objects.requireNonNull(orderNo, "orderNo");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(at, "at");
    }

    /** The idempotency key of this fact. */
    public String eventKey() {
        return "refund:" + orderNo + ":" + amount.fen() + ":" + at.toEpochMilli();
    }
}
