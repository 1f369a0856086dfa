package com.knowpay.order;

import com.knowpay.payment.ChannelType;
import com.knowpay.shared.Money;
import java.time.Instant;

/**
 * An order as the refund module needs it: who paid what, through which payment, and how much is
 * already refunded or promised to refund requests under way.
 *
 * @param paidPaymentNo the attempt that paid ({@code out_trade_no}); null if never paid
 * @param channel       the channel of that attempt; null if never paid
 */
public record RefundableOrder(String orderNo, long userId, long courseId, String courseTitle, long creatorId,
                              Money amount, Money refunded, Money reserved, OrderStatus status, Instant paidAt,
                              String paidPaymentNo, ChannelType channel) {

    /** What may still be asked for: paid minus refunded minus reserved. */
    public Money refundable() {
        return new Money(Math.max(0, amount.fen() - refunded.fen() - reserved.fen()), amount.currency());
    }
}
