package com.knowpay.order;

/** An unpaid order was cancelled (learner, timeout or risk). */
public record OrderCancelled(String orderNo, CancelReason reason) {
}
