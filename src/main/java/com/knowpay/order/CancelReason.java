package com.knowpay.order;

public enum CancelReason {
    /** The learner cancelled. */
    USER,
    /** Not paid before {@code expiresAt}. */
    TIMEOUT,
    /** Blocked by a risk rule. */
    RISK
}
