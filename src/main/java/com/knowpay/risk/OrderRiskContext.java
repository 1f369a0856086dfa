package com.knowpay.risk;

/**
 * What risk needs to know before an order is created.
 *
 * @param ip       client address as seen by the app (nullable)
 * @param deviceId a browser/device fingerprint if the client sends one (nullable)
 * @param orderRef the order number the order will get, if already generated (nullable); pass it so a
 *                 REVIEW can be matched to the held order and {@link RiskReviewResolved} names it
 */
public record OrderRiskContext(long userId, String ip, String deviceId, long courseId, long amountFen, String orderRef) {

    public OrderRiskContext {
        ip = Texts.trimToNull(ip, 64);
        deviceId = Texts.trimToNull(deviceId, 128);
        orderRef = Texts.trimToNull(orderRef, 64);
        if (amountFen < 0) {
            throw new IllegalArgumentException("amountFen must not be negative");
        }
    }
}
