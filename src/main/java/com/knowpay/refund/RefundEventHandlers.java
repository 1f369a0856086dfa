package com.knowpay.refund;

import com.knowpay.ledger.LedgerService;
import com.knowpay.ledger.RefundPosting;
import com.knowpay.risk.RiskOutcome;
import com.knowpay.risk.RiskService;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * After-commit effects of a refund's approval and its end, each its own registered publication so
 * one that fails is delivered again without repeating the others (each is idempotent or keyed).
 *
 * <p>The ledger follows a refund in up to two entries, all under the reference
 * {@code "refund:" + refundNo}: the approval holds the creator's share, success settles it (and
 * settles the whole split when no hold was posted), a failure for good releases the hold. The
 * ledger listens to no refund event itself because the refund module depends on the ledger
 * ({@link com.knowpay.ledger.LedgerExpectations}); a listener there would close a cycle.
 */
@Component
class RefundEventHandlers {

    private final LedgerService ledger;
    private final RiskService risk;
    private final RefundRepository refunds;

    RefundEventHandlers(LedgerService ledger, RiskService risk, RefundRepository refunds) {
        this.ledger = ledger;
        this.risk = risk;
        this.refunds = refunds;
    }

    /**
     * Holds the creator's share while the refund is under way. Events may be handled late (a
     * redelivery after a restart): a hold after the refund succeeded posts nothing (the ledger
     * keeps the completed refund), and none is posted once the refund failed for good. Should
     * the failure commit while the hold is being posted, the release may have found nothing,
     * so the hold releases itself. No transaction around it: each status read is fresh.
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void holdInLedger(RefundApproved a) {
        if (endedWithoutRefund(a.refundNo())) {
            return;
        }
        ledger.recordRefundApproved(new RefundPosting(ledgerReference(a.refundNo()), a.orderNo(), a.creatorId(),
                a.channel(), a.amount(), a.orderGross(), a.approvedAt()));
        if (endedWithoutRefund(a.refundNo())) {
            ledger.recordRefundFailed(ledgerReference(a.refundNo()));
        }
    }

    /** Settles: after a hold only the money leaves the provider clearing, so nothing counts twice. */
    @ApplicationModuleListener
    void postToLedger(RefundSucceeded r) {
        ledger.recordRefund(new RefundPosting(ledgerReference(r.refundNo()), r.orderNo(), r.creatorId(), r.channel(),
                r.amount(), r.orderGross(), r.refundedAt()));
    }

    /** Releases the hold (if one was posted): the creator may withdraw that money again. */
    @ApplicationModuleListener
    void releaseInLedger(RefundFailed f) {
        ledger.recordRefundFailed(ledgerReference(f.refundNo()));
    }

    @ApplicationModuleListener
    void tellRisk(RefundSucceeded r) {
        risk.recordOutcome(RiskOutcome.of(RiskOutcome.Type.REFUND_COMPLETED, r.userId(), r.orderNo(), r.courseId(),
                r.amount().fen(), r.refundedAt()));
    }

    private boolean endedWithoutRefund(String refundNo) {
        return refunds.findByRefundNo(refundNo).map(r -> r.status() == RefundStatus.REJECTED
                || r.status() == RefundStatus.FAILED && !r.retryable()).orElse(false);
    }

    static String ledgerReference(String refundNo) {
        return "refund:" + refundNo;
    }
}
