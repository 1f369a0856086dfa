package com.knowpay.ledger;

/**
 * A payout request's life: REQUESTED → APPROVED → PAID, or → REJECTED from either open state;
 * PAID → RETURNED when an admin reverses the payout entry (the bank sent the money back).
 */
public enum PayoutStatus {
    REQUESTED, APPROVED, REJECTED, PAID, RETURNED;

    public boolean isOpen() {
        return this == REQUESTED || this == APPROVED;
    }
}
