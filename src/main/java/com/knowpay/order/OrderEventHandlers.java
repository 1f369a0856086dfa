package com.knowpay.order;

import com.knowpay.entitlement.EntitlementService;
import com.knowpay.payment.AttemptStatus;
import com.knowpay.payment.PaymentAttemptUpdated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * After-commit side effects of order and payment changes: access to the course, then the screens.
 * Registered with Spring Modulith's publication registry, so an effect cut off by a crash is
 * delivered again on restart (grant is idempotent).
 */
@Component
class OrderEventHandlers {

    private final EntitlementService entitlements;
    private final OrderTransitions transitions;
    private final OrderUpdates updates;

    OrderEventHandlers(EntitlementService entitlements, OrderTransitions transitions, OrderUpdates updates) {
        this.entitlements = entitlements;
        this.transitions = transitions;
        this.updates = updates;
    }

    @ApplicationModuleListener
    void on(OrderPaid paid) {
        entitlements.grant(paid.userId(), paid.courseId(), paid.courseTitle(), paid.orderNo());
        push(paid.orderNo());
    }

    @ApplicationModuleListener
    void on(OrderCancelled cancelled) {
        push(cancelled.orderNo());
    }

    /** QR ready, failed, declined, closed, refunded automatically; a success is pushed via {@link OrderPaid}. */
    @ApplicationModuleListener
    void on(PaymentAttemptUpdated updated) {
        if (updated.status() != AttemptStatus.SUCCEEDED) {
            push(updated.orderNo());
        }
    }

    private void push(String orderNo) {
        transitions.find(orderNo).ifPresent(updates::publish);
    }
}
