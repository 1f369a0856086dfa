package com.knowpay.analytics.internal;

import com.knowpay.analytics.AnalyticsService;
import com.knowpay.analytics.RefundFact;
import com.knowpay.analytics.RefundFigures;
import com.knowpay.refund.RefundFilter;
import com.knowpay.refund.RefundService;
import com.knowpay.refund.RefundSucceeded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Refunds in the roll-ups: a completed refund counts on its own business day (so a day's net can
 * be negative), and a full refund takes the co-purchase pairs back. The redelivered event carries
 * the same refundedAt, which is part of the roll-up's idempotency key. Also gives the overview
 * its "refund requests waiting" figure.
 */
@Component
class RefundWiring implements RefundFigures {

    private final AnalyticsService analytics;
    private final RefundService refunds;

    RefundWiring(AnalyticsService analytics, RefundService refunds) {
        this.analytics = analytics;
        this.refunds = refunds;
    }

    @ApplicationModuleListener
    void on(RefundSucceeded refunded) {
        analytics.recordRefund(new RefundFact(refunded.orderNo(), refunded.creatorId(), refunded.courseId(),
                refunded.channel(), refunded.amount(), refunded.refundedAt(), refunded.fullyRefunded()));
    }

    @Override
    public long pendingRefundRequests() {
        return refunds.queue(RefundFilter.PENDING, 0, 1).getTotalElements();
    }
}
