package com.knowpay.payment;

/** A trade's state at the provider, in our words. Only PAID means money arrived. */
public enum TradeState {
    /** The provider has no such trade (Alipay: not scanned yet). */
    NOT_FOUND,
    /** Created or scanned, not paid yet. */
    WAITING,
    PAID,
    /** Paid, then (partly or fully) refunded; money did arrive once. */
    REFUNDED,
    /** Closed or revoked unpaid. */
    CLOSED,
    /** The buyer's payment failed or was declined. */
    FAILED
}
