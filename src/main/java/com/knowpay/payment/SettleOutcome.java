package com.knowpay.payment;

/** What became of open attempts after querying (and, when asked, closing) them at their providers. */
public enum SettleOutcome {
    /** Paid: the payment has been recorded and handed to the order. */
    PAID,
    /** Ended without money: closed, declined or failed (or there was nothing open). */
    CLOSED,
    /** The provider says it is still waiting for the payer, and closing was not asked for. */
    OPEN,
    /** A provider could not be reached (or its channel is off); a background job keeps asking. */
    UNREACHABLE;

    /** Of an order's several attempts: paid wins, then unreachable, then open, then closed. */
    SettleOutcome and(SettleOutcome other) {
        return priority() >= other.priority() ? this : other;
    }

    private int priority() {
        return switch (this) {
            case PAID -> 3;
            case UNREACHABLE -> 2;
            case OPEN -> 1;
            case CLOSED -> 0;
        };
    }
}
