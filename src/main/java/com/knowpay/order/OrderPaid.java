package com.knowpay.order;

import com.knowpay.payment.ChannelType;
import com.knowpay.risk.RiskObservation;
import com.knowpay.risk.RiskOutcome;
import com.knowpay.shared.Money;
import java.time.Instant;

/**
 * An order is paid (also when a late payment revived an expired order). Published in the
 * transaction that recorded the payment; heard in that transaction by entitlement (access), risk (history) and the order's screen push; after
 * commit by the ledger and the dashboards.
 */
public record OrderPaid(String orderNo, long userId, long courseId, String courseTitle, long creatorId,
                        Money amount, ChannelType channel, String paymentNo, Instant paidAt) implements RiskObservation {

    @Override
    public RiskOutcome riskOutcome() {
        return RiskOutcome.of(RiskOutcome.Type.ORDER_PAID, userId, orderNo, courseId, amount.fen(), paidAt);
    }
}
