package com.knowpay.analytics;

/**
 * Sales over some period, amounts in fen. They are plain longs, not Money: a day with a refund of an
 * earlier day's sale has a negative net. {@code commissionFen} is the platform's cut net of refunded
 * commission; {@code netFen} = gross − refunds − commission, what the creator earns.
 */
public record SalesFigures(long ordersStarted, long ordersPaid, long grossFen, long refundsFen, long refundCount,
                           long commissionFen, long netFen) {

    public static final SalesFigures ZERO = new SalesFigures(0, 0, 0, 0, 0, 0, 0);

    /** Checkouts started that were paid, 0..1; 0 when none started. */
    public double conversion() {
        return ordersStarted == 0 ? 0 : Math.min(1.0, (double) ordersPaid / ordersStarted);
    }

    /** Refunded share of the gross, 0..1 (refunds of earlier sales can push a short range above 1). */
    public double refundRate() {
        return grossFen == 0 ? 0 : (double) refundsFen / grossFen;
    }

    /** Gross minus refunds. */
    public long salesAfterRefundsFen() {
        return grossFen - refundsFen;
    }

    public SalesFigures plus(SalesFigures o) {
        return new SalesFigures(ordersStarted + o.ordersStarted, ordersPaid + o.ordersPaid, grossFen + o.grossFen,
                refundsFen + o.refundsFen, refundCount + o.refundCount, commissionFen + o.commissionFen,
                netFen + o.netFen);
    }
}
