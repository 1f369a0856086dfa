package com.knowpay.order;

import com.knowpay.risk.RiskObservation;
import com.knowpay.risk.RiskOutcome;
import com.knowpay.shared.Money;
import java.time.Instant;

/**
 * A payment attempt of this order failed at the provider or was declined in the wallet; the order
 * stays open. The payment module's attempt event names no learner, so the order module, which
 * knows them, publishes this one; risk hears it in the same transaction and keeps it in its history.
 */
public record OrderPaymentFailed(String orderNo, String paymentNo, boolean declined, long userId, long courseId,
                                 Money amount, Instant at) implements RiskObservation {

    @Override
    public RiskOutcome riskOutcome() {
        return RiskOutcome.of(declined ? RiskOutcome.Type.PAYMENT_DECLINED : RiskOutcome.Type.PAYMENT_FAILED,
                userId, orderNo, courseId, amount.fen(), at);
    }
}
