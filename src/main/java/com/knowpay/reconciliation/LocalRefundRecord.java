package com.knowpay.reconciliation;

import com.knowpay.payment.ChannelType;
import com.knowpay.shared.Money;
import java.time.Instant;
import java.util.Set;

/**
 * A refund as we recorded it.
 *
 * @param refundNo    our {@code out_refund_no}
 * @param status      the refund's own status name; money counts as returned when it is one of
 *                    {@link #DONE} and {@code completedAt} is set
 * @param completedAt when the provider confirmed it; null while under way
 */
public record LocalRefundRecord(String refundNo, String orderNo, String paymentNo, ChannelType channel, Money amount,
                                String status, Instant completedAt) {

    /** Status names that mean the money went back. */
    public static final Set<String> DONE = Set.of("SUCCEEDED", "COMPLETED", "REFUNDED");

    public boolean moneyReturned() {
        return completedAt != null && status != null && DONE.contains(status);
    }
}
