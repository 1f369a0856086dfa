package com.knowpay.risk;

import java.time.Instant;

/**
 * Something that happened to an order, a payment or a refund, reported by the module that saw it, so
 * the rules can look at history (abandoned orders, failed payments, paid amounts, refunds).
 *
 * @param ip              client address if known (nullable)
 * @param courseId        the course bought (nullable when unknown to the reporter)
 * @param at              when it happened (nullable = now)
 * @param consumedPercent for REFUND_COMPLETED: how much had been consumed (nullable)
 */
public record RiskOutcome(Type type, long userId, String ip, String orderNo, Long courseId, long amountFen, Instant at,
                          Integer consumedPercent) {

    public enum Type {
        ORDER_PAID, ORDER_CANCELLED, ORDER_EXPIRED, PAYMENT_FAILED, PAYMENT_DECLINED, REFUND_COMPLETED
    }

    public RiskOutcome {
        if (type == null) {
            throw new IllegalArgumentException("type is required");
        }
        ip = Texts.trimToNull(ip, 64);
        orderNo = Texts.trimToNull(orderNo, 64);
        if (amountFen < 0) {
            throw new IllegalArgumentException("amountFen must not be negative");
        }
    }

    public static RiskOutcome of(Type type, long userId, String orderNo, Long courseId, long amountFen, Instant at) {
        return new RiskOutcome(type, userId, null, orderNo, courseId, amountFen, at, null);
    }
}
