package com.knowpay.payment;

/** An attempt changed state (QR ready, failed, declined, closed, paid, refunded automatically). For screens. */
public record PaymentAttemptUpdated(String orderNo, String paymentNo, AttemptStatus status) {
}
