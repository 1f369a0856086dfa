package com.knowpay.risk;

/** What risk needs to know before a payment attempt (a QR code) is created for an order. */
public record PaymentRiskContext(long userId, String ip, String orderNo, String channel, long amountFen) {

    public PaymentRiskContext {
        ip = Texts.trimToNull(ip, 64);
        orderNo = Texts.trimToNull(orderNo, 64);
        channel = Texts.trimToNull(channel, 20);
        if (orderNo == null) {
            throw new IllegalArgumentException("orderNo is required");
        }
        if (amountFen < 0) {
            throw new IllegalArgumentException("amountFen must not be negative");
        }
    }
}
