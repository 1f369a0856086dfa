package com.knowpay.entitlement;

import com.knowpay.order.OrderPaid;
import com.knowpay.refund.RefundSucceeded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Access follows the money, in the transaction that moves it: both listeners are plain
 * {@code @EventListener}s that run inside the publisher's transaction, on purpose.
 *
 * <p>Access and money are one fact. The learner has the course the moment the payment is recorded,
 * and loses it the moment the last fen of it is recorded as refunded — atomically, with nothing to
 * re-deliver after a crash, no window in which a paid order has no access (or a fully refunded one
 * still has it), and no publication row or second commit on the payment path. The cost: a failing
 * grant or revoke fails the recording transaction. Both are a keyed read and one row written; a
 * concurrent first grant of the same course (a unique-key race) fails the payment transaction,
 * which the payment core retries and then finds the grant in place. Grant and revoke are
 * idempotent, so a retried transaction changes nothing twice.
 */
@Component
class EntitlementEventHandlers {

    private final EntitlementService entitlements;

    EntitlementEventHandlers(EntitlementService entitlements) {
        this.entitlements = entitlements;
    }

    @EventListener
    void on(OrderPaid paid) {
        entitlements.grant(paid.userId(), paid.courseId(), paid.courseTitle(), paid.orderNo());
    }

    /** Access goes only with the last fen: a partial refund keeps the course. */
    @EventListener
    void on(RefundSucceeded refunded) {
        if (refunded.fullyRefunded()) {
            entitlements.revoke(refunded.userId(), refunded.courseId(), refunded.orderNo());
        }
    }
}
