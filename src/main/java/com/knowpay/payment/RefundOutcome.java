package com.knowpay.payment;

import com.knowpay.shared.Money;

/** What the provider said of a refund. PROCESSING: accepted, result comes later (query or notification). */
public record RefundOutcome(String outRefundNo, Status status, String providerRefundNo, Money amount, String message) {

    public enum Status { PROCESSING, SUCCEEDED, FAILED, NOT_FOUND }
}
