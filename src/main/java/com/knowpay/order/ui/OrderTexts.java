package com.knowpay.order.ui;

import com.knowpay.order.OrderStatus;
import com.knowpay.order.OrderView;
import com.knowpay.payment.AttemptStatus;
import com.knowpay.payment.ChannelType;
import com.vaadin.flow.component.Component;

/** Labels for order and payment states, shared by the order screens. */
final class OrderTexts {

    private OrderTexts() {
    }

    static String status(Component c, OrderView o) {
        String s = c.getTranslation("order.status." + o.status());
        if (o.status() == OrderStatus.CANCELLED && o.cancelReason() != null) {
            s += " (" + c.getTranslation("order.cancel-reason." + o.cancelReason()) + ")";
        }
        return s;
    }

    static String channel(Component c, ChannelType channel) {
        return channel == null ? "" : c.getTranslation("payment.channel." + channel);
    }

    static String attempt(Component c, AttemptStatus status) {
        return c.getTranslation("payment.attempt." + status);
    }
}
