package com.knowpay.risk;

/** Kinds of observation in risk_signal: the three attempts risk assesses, and the reported outcomes. */
enum SignalKind {
    ORDER_ATTEMPT, PAYMENT_ATTEMPT, REFUND_REQUEST,
    ORDER_PAID, ORDER_CANCELLED, ORDER_EXPIRED, PAYMENT_FAILED, PAYMENT_DECLINED, REFUND_COMPLETED;

    static SignalKind of(RiskOutcome.Type type) {
        return valueOf(type.name());
    }
}
