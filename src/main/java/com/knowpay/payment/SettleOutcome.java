package com.knowpay.payment;

/** What became of an order's open attempts after querying (and possibly closing) them at their providers. */
public enum SettleOutcome {
    /** At least one was paid; the payment has been recorded and handed to the order. */
    PAID,
    /** None is open any more (closed, declined, failed, or there were none). */
    CLOSED,
    /** A provider could not be reached; some attempt is still open and a background job keeps asking. */
    UNRESOLVED
}
