package com.knowpay.order;

import com.knowpay.shared.Money;
import java.time.Instant;

/**
 * Money went back on a paid order (the refund module applied a completed refund): the order is now
 * PARTIALLY_REFUNDED or REFUNDED. Published in that transaction; the order module pushes the
 * order's screens after the commit. What the refund means elsewhere travels as the refund
 * module's {@code RefundSucceeded}.
 */
public record OrderRefunded(String orderNo, Money amount, OrderStatus status, Instant at) {
}
