package com.knowpay.reconciliation;

/** What kind of discrepancy between a provider's bill and our records. */
public enum MismatchType {
    /** The bill has a payment or refund we have no record of, or our record says unpaid / not refunded. */
    MISSING_LOCALLY,
    /** We have a kept payment or a completed refund that the bill lacks. */
    MISSING_AT_PROVIDER,
    /** Both sides know it, for different amounts. */
    AMOUNT_MISMATCH,
    /** Money and order disagree (paid at the provider but the order cancelled, order PAID without a kept payment …). */
    STATUS_MISMATCH,
    /** The same trade twice in the bill, or one order paid twice without an automatic refund. */
    DUPLICATE
}
