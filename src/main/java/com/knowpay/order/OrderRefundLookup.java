package com.knowpay.order;

import java.util.List;

/**
 * Implemented by the refund module (refund depends on order, never the reverse), so the order
 * screens and the REST API can list an order's refunds. Callers have already checked that the
 * current user may see the order.
 */
public interface OrderRefundLookup {

    /** The order's refunds, oldest first; empty when there are none. */
    List<OrderRefundView> refundsOf(String orderNo);
}
