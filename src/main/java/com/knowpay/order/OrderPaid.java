package com.knowpay.order;

import com.knowpay.payment.ChannelType;
import com.knowpay.shared.Money;
import java.time.Instant;

/**
 * An order is paid (also when a late payment revived an expired order). Published in the
 * transaction that recorded the payment; handled after commit: entitlement, ledger, screens.
 */
public record OrderPaid(String orderNo, long userId, long courseId, String courseTitle, long creatorId,
                        Money amount, ChannelType channel, String paymentNo, Instant paidAt) {
}
