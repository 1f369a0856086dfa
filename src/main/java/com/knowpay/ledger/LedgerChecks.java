package com.knowpay.ledger;

/** Argument checks shared by the posting records. */
final class LedgerChecks {

    static final int MAX_REFERENCE = 100;

    private LedgerChecks() {
    }

    static void requireReference(String reference) {
        if (reference == null || reference.isBlank() || reference.length() > MAX_REFERENCE) {
            throw new IllegalArgumentException("A ledger reference is 1–" + MAX_REFERENCE + " characters: " + reference);
        }
    }

    static void requireOrderNo(String orderNo) {
        if (orderNo == null || orderNo.isBlank() || orderNo.length() > 64) {
            throw new IllegalArgumentException("An order number is 1–64 characters: " + orderNo);
        }
    }
}
