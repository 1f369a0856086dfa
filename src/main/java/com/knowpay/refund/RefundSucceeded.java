package com.knowpay.refund;

import com.knowpay.ledger.RefundFacts;
import com.knowpay.payment.ChannelType;
import com.knowpay.risk.RiskObservation;
import com.knowpay.risk.RiskOutcome;
import com.knowpay.shared.Money;
import java.time.Instant;

/**
 * A refund completed at the provider and was applied to its order. Published in that transaction and
 * heard there by entitlement (revoked only when {@code fullyRefunded}) and risk; after commit by the
 * ledger and the dashboards.
 */
public record RefundSucceeded(String refundNo, String orderNo, long userId, long courseId, long creatorId,
                              ChannelType channel, Money amount, Money orderGross, boolean fullyRefunded,
                              Instant refundedAt) implements RefundFacts.Completed, RiskObservation {

    @Override
    public RiskOutcome riskOutcome() {
        return RiskOutcome.of(RiskOutcome.Type.REFUND_COMPLETED, userId, orderNo, courseId, amount.fen(), refundedAt);
    }
}
