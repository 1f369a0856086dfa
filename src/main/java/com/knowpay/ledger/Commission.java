package com.knowpay.ledger;

/** The platform's cut. Integer fen arithmetic only; commission rounds down, the creator gets the rest. */
final class Commission {

    static final int FULL = 10_000;

    private Commission() {
    }

    /** floor(gross × bp / 10000). */
    static long of(long grossFen, int basisPoints) {
        if (grossFen < 0 || basisPoints < 0 || basisPoints > FULL) {
            throw new IllegalArgumentException("gross " + grossFen + ", rate " + basisPoints + " bp");
        }
        return Math.multiplyExact(grossFen, (long) basisPoints) / FULL;
    }

    /** "20.00%" */
    static String percent(int basisPoints) {
        return String.format(java.util.Locale.ROOT, "%d.%02d%%", basisPoints / 100, basisPoints % 100);
    }
}
