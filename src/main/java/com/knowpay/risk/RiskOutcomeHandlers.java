package com.knowpay.risk;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records outcomes (an order paid, a refund completed) in the transaction that produced them: one
 * insert, no hot row, recorded exactly when the change is, with no publication row or extra commit.
 */
@Component
class RiskOutcomeHandlers {

    private final RiskService risk;

    RiskOutcomeHandlers(RiskService risk) {
        this.risk = risk;
    }

    @EventListener
    void on(RiskObservation observed) {
        risk.recordOutcome(observed.riskOutcome());
    }
}
