package com.knowpay.refund;

import com.knowpay.entitlement.EntitlementService;
import com.knowpay.ledger.LedgerService;
import com.knowpay.ledger.RefundPosting;
import com.knowpay.risk.RiskOutcome;
import com.knowpay.risk.RiskService;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * After-commit effects of a completed refund, each its own registered publication so one that
 * fails is delivered again without repeating the others (each is idempotent or keyed).
 */
@Component
class RefundEventHandlers {

    private final EntitlementService entitlements;
    private final LedgerService ledger;
    private final RiskService risk;

    RefundEventHandlers(EntitlementService entitlements, LedgerService ledger, RiskService risk) {
        this.entitlements = entitlements;
        this.ledger = ledger;
        this.risk = risk;
    }

    /** Access goes only with the last fen: a partial refund keeps the course. */
    @ApplicationModuleListener
    void revokeOnFullRefund(RefundSucceeded r) {
        if (r.fullyRefunded()) {
            entitlements.revoke(r.userId(), r.courseId(), r.orderNo());
        }
    }

    @ApplicationModuleListener
    void postToLedger(RefundSucceeded r) {
        ledger.recordRefund(new RefundPosting("refund:" + r.refundNo(), r.orderNo(), r.creatorId(), r.channel(),
                r.amount(), r.orderGross(), r.refundedAt()));
    }

    @ApplicationModuleListener
    void tellRisk(RefundSucceeded r) {
        risk.recordOutcome(RiskOutcome.of(RiskOutcome.Type.REFUND_COMPLETED, r.userId(), r.orderNo(), r.courseId(),
                r.amount().fen(), r.refundedAt()));
    }
}
