package com.knowpay.reconciliation;

/** A queue item is OPEN until an admin resolves it; a resolved item is never reopened by a re-run. */
public enum MismatchStatus {
    OPEN, RESOLVED
}
