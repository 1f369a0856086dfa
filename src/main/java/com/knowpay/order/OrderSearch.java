package com.knowpay.order;

import java.time.Instant;

/**
 * The admin order search form; every criterion is optional (null or blank = any).
 *
 * @param orderNo         exact order number
 * @param paymentNo       exact payment number of one of the order's attempts
 * @param learnerUsername the learner's username, exact
 * @param courseTitle     part of the course title, case-insensitive
 * @param from            created at or after
 * @param to              created before (exclusive)
 */
public record OrderSearch(String orderNo, String paymentNo, String learnerUsername, String courseTitle,
                          OrderStatus status, Instant from, Instant to) {

    public static OrderSearch all() {
        return new OrderSearch(null, null, null, null, null, null, null);
    }

    static OrderSearch byOrderNo(String orderNo) {
        return new OrderSearch(orderNo, null, null, null, null, null, null);
    }
}
