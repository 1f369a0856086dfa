package com.knowpay.risk;

import java.time.Instant;

/**
 * What risk needs to know before a refund request is accepted.
 *
 * @param consumedPercent how much of the content the learner has consumed, 0–100
 */
public record RefundRiskContext(long userId, String ip, String orderNo, long amountFen, long paidFen, Instant paidAt,
                                int consumedPercent) {

    public RefundRiskContext {
        ip = Texts.trimToNull(ip, 64);
        orderNo = Texts.trimToNull(orderNo, 64);
        if (orderNo == null) {
            throw new IllegalArgumentException("orderNo is required");
        }
        if (amountFen < 0 || paidFen < 0) {
            throw new IllegalArgumentException("amounts must not be negative");
        }
        if (consumedPercent < 0 || consumedPercent > 100) {
            throw new IllegalArgumentException("consumedPercent must be 0–100");
        }
    }
}
