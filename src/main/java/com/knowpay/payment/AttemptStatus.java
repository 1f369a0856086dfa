package com.knowpay.payment;

/**
 * A payment attempt's life (one per QR code shown). Written down in one place:
 *
 * <pre>
 * CREATED ──QR made──▶ PENDING ──paid──▶ SUCCEEDED
 *    │                   │ │ └──buyer declined──▶ DECLINED
 *    │                   │ └──closed / superseded / expired──▶ CLOSED
 *    └──provider refused / unreachable──▶ FAILED
 * SUCCEEDED ──money not needed (order already paid or cancelled)──▶ AUTO_REFUNDING ──▶ AUTO_REFUNDED
 * </pre>
 *
 * Money that lands is never ignored: a verified payment turns CREATED, PENDING, CLOSED, DECLINED
 * or FAILED into SUCCEEDED, and the order then either keeps it or has it refunded automatically.
 */
public enum AttemptStatus {
    /** Intent recorded; the provider has not answered yet. */
    CREATED,
    /** The QR code is shown; waiting for the buyer. */
    PENDING,
    /** Money arrived and the order kept it. */
    SUCCEEDED,
    /** The provider refused to create the payment or could not be reached. */
    FAILED,
    /** The buyer's payment was declined in the wallet. */
    DECLINED,
    /** Closed unpaid (superseded by a new attempt, cancelled, expired). */
    CLOSED,
    /** Money arrived but the order did not need it; an automatic refund is under way. */
    AUTO_REFUNDING,
    /** Money arrived, was not needed and has been returned. */
    AUTO_REFUNDED;

    /** Still waiting for the buyer: the provider may yet report a payment. */
    public boolean isOpen() {
        return this == CREATED || this == PENDING;
    }

    /** Money arrived for this attempt (whether kept or returned). */
    public boolean moneyArrived() {
        return this == SUCCEEDED || this == AUTO_REFUNDING || this == AUTO_REFUNDED;
    }
}
