package com.knowpay.reconciliation;

/** How an admin resolved a mismatch. */
public enum Resolution {
    /** The provider was asked again and the payment core applied the payment to the order. */
    FULFILLED,
    /** The money was given back through the payment core's automatic refund. */
    REFUNDED,
    /** A person explained it (note required); nothing was changed. */
    EXPLAINED
}
