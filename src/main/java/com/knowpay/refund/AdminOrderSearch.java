package com.knowpay.refund;

import com.knowpay.order.OrderStatus;
import java.time.Instant;

/** The admin order search form; every field optional. {@code to} is exclusive. */
public record AdminOrderSearch(String orderNo, String paymentNo, String learnerUsername, String course,
                               OrderStatus status, Instant from, Instant to) {

    public static AdminOrderSearch all() {
        return new AdminOrderSearch(null, null, null, null, null, null, null);
    }
}
