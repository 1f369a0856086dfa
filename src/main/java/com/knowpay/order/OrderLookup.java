package com.knowpay.order;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Reads an order without asking who wants it: for the order module's own infrastructure (the
 * cluster fan-out reloads an order on the node that holds its screen). Not for views or other
 * modules — they use {@link OrderService}, which checks the caller.
 */
@Component
public class OrderLookup {

    private final OrderTransitions transitions;

    OrderLookup(OrderTransitions transitions) {
        this.transitions = transitions;
    }

    public Optional<OrderView> find(String orderNo) {
        return transitions.find(orderNo);
    }
}
