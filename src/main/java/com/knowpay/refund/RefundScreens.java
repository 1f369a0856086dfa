package com.knowpay.refund;

import com.knowpay.order.OrderLookup;
import com.knowpay.order.OrderUpdates;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the learner: a completed refund pushes the order to every screen showing it (on every
 * node in the cluster profile), where the order detail refreshes and says so.
 */
@Component
class RefundScreens {

    private final OrderLookup orders;
    private final OrderUpdates updates;

    RefundScreens(OrderLookup orders, OrderUpdates updates) {
        this.orders = orders;
        this.updates = updates;
    }

    @ApplicationModuleListener
    void pushOrder(RefundSucceeded r) {
        orders.find(r.orderNo()).ifPresent(updates::publish);
    }
}
