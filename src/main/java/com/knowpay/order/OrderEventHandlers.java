package com.knowpay.order;

import com.knowpay.entitlement.EntitlementService;
import com.knowpay.payment.PaymentAttemptUpdated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Effects of order and payment changes that belong to the same transaction as the change itself.
 *
 * <p>Access to the course is granted in the transaction that records the payment: the learner has
 * the course the moment the money is recorded, atomically, with nothing to re-deliver after a crash
 * (DESIGN §3 lists the grant among the after-commit effects; doing it in the transaction is the
 * stronger form of the same promise and saves a durable publication and two commits per payment).
 * A concurrent grant of the same course (a unique-key race) fails the recording transaction, which
 * the payment core retries and then finds the grant in place.
 *
 * <p>Screens are told after the commit by {@link ScreenPushes} (best effort, nothing stored). The
 * ledger and the dashboards stay after-commit, durable listeners of {@link OrderPaid} in their modules.
 */
@Component
class OrderEventHandlers {

    private final EntitlementService entitlements;
    private final ScreenPushes screens;

    OrderEventHandlers(EntitlementService entitlements, ScreenPushes screens) {
        this.entitlements = entitlements;
        this.screens = screens;
    }

    @EventListener
    void on(OrderPaid paid) {
        entitlements.grant(paid.userId(), paid.courseId(), paid.courseTitle(), paid.orderNo());
        screens.changed(paid.orderNo());
    }

    @EventListener
    void on(OrderCancelled cancelled) {
        screens.changed(cancelled.orderNo());
    }

    /** QR ready, failed, declined, closed, refunded automatically; a success is pushed via {@link OrderPaid}. */
    @EventListener(condition = "#updated.status().name() != 'SUCCEEDED'")
    void on(PaymentAttemptUpdated updated) {
        screens.changed(updated.orderNo());
    }
}
