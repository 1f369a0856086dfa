package com.knowpay.order;

import com.knowpay.risk.RiskObservation;
import com.knowpay.risk.RiskOutcome;
import com.knowpay.shared.Money;
import java.time.Instant;

/**
 * An unpaid order was cancelled (learner, timeout or risk). Heard in its transaction by the order's
 * screen push and by risk, which keeps it in its history (an expired order counts as abandoned).
 */
public record OrderCancelled(String orderNo, CancelReason reason, long userId, long courseId, Money amount,
                             Instant cancelledAt) implements RiskObservation {

    @Override
    public RiskOutcome riskOutcome() {
        return RiskOutcome.of(reason == CancelReason.TIMEOUT ? RiskOutcome.Type.ORDER_EXPIRED : RiskOutcome.Type.ORDER_CANCELLED,
                userId, orderNo, courseId, amount.fen(), cancelledAt);
    }
}
