package com.knowpay.payment;

public enum CloseOutcome {
    /** Closed now, or there was nothing to close (never scanned). */
    CLOSED,
    /** Too late: the buyer paid. Treat as paid. */
    ALREADY_PAID
}
