package com.knowpay.order;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Kept only for {@code refund.RefundScreens}, which another change is reworking; use
 * {@link OrderBackOffice#find} instead — this class goes once nothing calls it.
 *
 * @deprecated use {@link OrderBackOffice#find}
 */
@Deprecated
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
