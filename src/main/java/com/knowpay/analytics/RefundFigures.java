package com.knowpay.analytics;

/** Implemented by the refund module (as a bean) so the platform overview can show refunds waiting for a decision. */
public interface RefundFigures {

    long pendingRefundRequests();
}
