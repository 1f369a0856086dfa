package com.knowpay.order;

import com.knowpay.payment.AttemptStatus;
import com.knowpay.payment.PaymentAttemptUpdated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The one path from an order change to the screens showing it, for payments and refunds alike:
 * each change is noted in its transaction and pushed by {@link ScreenPushes} after the commit
 * (best effort, nothing stored; a rolled-back change pushes nothing). A refund reaches the screens
 * as {@link OrderRefunded}, which the order registers when the refund module applies a completed
 * refund to it, so the order module never listens to the refund module (which depends on it).
 *
 * <p>Other modules' reactions live in those modules (docs/ARCHITECTURE.md): the entitlement module
 * grants access in the payment transaction, risk records outcomes, the ledger and the dashboards
 * post after commit.
 */
@Component
class OrderEventHandlers {

    private final ScreenPushes screens;

    OrderEventHandlers(ScreenPushes screens) {
        this.screens = screens;
    }

    @EventListener
    void on(OrderPaid paid) {
        screens.changed(paid.orderNo());
    }

    @EventListener
    void on(OrderCancelled cancelled) {
        screens.changed(cancelled.orderNo());
    }

    @EventListener
    void on(OrderRefunded refunded) {
        screens.changed(refunded.orderNo());
    }

    /** QR ready, failed, declined, closed, refunded automatically; a success is pushed via {@link OrderPaid}. */
    @EventListener
    void on(PaymentAttemptUpdated updated) {
        if (updated.status() != AttemptStatus.SUCCEEDED) {
            screens.changed(updated.orderNo());
        }
    }
}
