package com.knowpay.analytics.internal;

/** What one event adds to a roll-up row. */
record SalesDelta(long started, long paid, long gross, long refunds, long refundCount, long commission, long net,
                  long attempts) {

    static SalesDelta ofStart() {
        return new SalesDelta(1, 0, 0, 0, 0, 0, 0, 0);
    }

    static SalesDelta ofAttempt() {
        return new SalesDelta(0, 0, 0, 0, 0, 0, 0, 1);
    }

    static SalesDelta ofPayment(long grossFen, int rateBp) {
        long commission = commission(grossFen, rateBp);
        return new SalesDelta(0, 1, grossFen, 0, 0, commission, grossFen - commission, 0);
    }

    /** The refunded share of the commission goes back too (same rounding as a payment of that amount). */
    static SalesDelta ofRefund(long amountFen, int rateBp) {
        long commission = commission(amountFen, rateBp);
        return new SalesDelta(0, 0, 0, amountFen, 1, -commission, -(amountFen - commission), 0);
    }

    /** floor(gross × bp / 10000), as the ledger computes it. */
    static long commission(long grossFen, int rateBp) {
        return Math.multiplyExact(grossFen, (long) rateBp) / 10_000;
    }
}
