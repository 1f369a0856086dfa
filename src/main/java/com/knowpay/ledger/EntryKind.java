package com.knowpay.ledger;

/** What business event a journal entry records. */
public enum EntryKind {
    /** A learner paid an order: provider clearing up, commission and creator share credited. */
    PAYMENT,
    /** A refund was approved: commission and creator share taken back into refunds payable. */
    REFUND_APPROVED,
    /** A refund completed at the provider (alone, or together with the split when no approval was posted). */
    REFUND,
    /** Money was sent to a creator's bank account. */
    PAYOUT,
    /** An admin correction: the exact opposite of an earlier entry. */
    REVERSAL
}
