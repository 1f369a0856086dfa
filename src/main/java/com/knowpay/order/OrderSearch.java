package com.knowpay.order;

import java.time.Instant;

/**
 * Admin order search; every criterion is optional (null = any).
 *
 * @param orderNo     exact order number
 * @param userId      the learner
 * @param courseTitle part of the course title, case-insensitive
 * @param from        created at or after
 * @param to          created before
 */
public record OrderSearch(String orderNo, Long userId, String courseTitle, OrderStatus status, Instant from,
                          Instant to) {

    public static OrderSearch all() {
        return new OrderSearch(null, null, null, null, null, null);
    }
}
