package com.knowpay.order;

import com.knowpay.shared.Money;
import java.time.Instant;

/** An order's state as a back-office job (reconciliation) needs it: no attempts, no course title. */
public record OrderRecord(String orderNo, long userId, long courseId, Money amount, OrderStatus status,
                          CancelReason cancelReason, String paidPaymentNo, Instant paidAt) {
}
