package com.knowpay.reconciliation;

import com.knowpay.shared.Money;

/** A discrepancy the matcher found, before it is queued. {@code reference} keys it within (channel, date, type). */
record Finding(MismatchType type, String reference, String orderNo, String paymentNo, String refundNo,
               String providerTradeNo, Money providerAmount, Money localAmount, String detail) {
}
