package com.knowpay.order;

/**
 * <pre>
 * PENDING_PAYMENT ──pay──▶ PAID ──partial refund──▶ PARTIALLY_REFUNDED ──rest──▶ REFUNDED
 *       │                   └──────────full refund─────────────────────────────▶ REFUNDED
 *       └──cancel (learner) / expire (timeout) / block (risk)──▶ CANCELLED(reason)
 * CANCELLED(TIMEOUT) ──late payment, learner does not own the course otherwise──▶ PAID
 * </pre>
 */
public enum OrderStatus {
    PENDING_PAYMENT, PAID, PARTIALLY_REFUNDED, REFUNDED, CANCELLED;

    /** The learner paid and has not been refunded in full. */
    public boolean isPaid() {
        return this == PAID || this == PARTIALLY_REFUNDED;
    }
}
