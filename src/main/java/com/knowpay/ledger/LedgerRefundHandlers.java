package com.knowpay.ledger;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Follows a refund in the journal after its transaction committed, each event its own registered
 * publication (one that fails is delivered again without repeating the others). Up to two entries
 * under the reference {@code "refund:" + refundNo}: the approval holds the creator's share, success
 * settles it (and settles the whole split when no hold was posted), a failure for good releases the
 * hold. Every call is idempotent by that reference and tolerates any order of arrival.
 */
@Component
class LedgerRefundHandlers {

    private final LedgerService ledger;
    private final ObjectProvider<RefundExpectations> expectations;

    LedgerRefundHandlers(LedgerService ledger, ObjectProvider<RefundExpectations> expectations) {
        this.ledger = ledger;
        this.expectations = expectations;
    }

    /**
     * Holds the creator's share while the refund is under way. Events may be handled late (a
     * redelivery after a restart): a hold after the refund succeeded posts nothing (the ledger keeps
     * the completed refund), and none is posted once the refund failed for good. Should the failure
     * commit while the hold is being posted, the release may have found nothing, so the hold
     * releases itself. No transaction around it: each status read is fresh.
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(RefundFacts.Approved a) {
        if (endedWithoutRefund(a.refundNo())) {
            return;
        }
        ledger.recordRefundApproved(new RefundPosting(reference(a.refundNo()), a.orderNo(), a.creatorId(), a.channel(),
                a.amount(), a.orderGross(), a.approvedAt()));
        if (endedWithoutRefund(a.refundNo())) {
            ledger.recordRefundFailed(reference(a.refundNo()));
        }
    }

    /** Settles: after a hold only the money leaves the provider clearing, so nothing counts twice. */
    @ApplicationModuleListener
    void on(RefundFacts.Completed r) {
        ledger.recordRefund(new RefundPosting(reference(r.refundNo()), r.orderNo(), r.creatorId(), r.channel(),
                r.amount(), r.orderGross(), r.refundedAt()));
    }

    /** Releases the hold (if one was posted): the creator may withdraw that money again. */
    @ApplicationModuleListener
    void on(RefundFacts.FailedForGood f) {
        ledger.recordRefundFailed(reference(f.refundNo()));
    }

    private boolean endedWithoutRefund(String refundNo) {
        RefundExpectations e = expectations.getIfAvailable();
        return e != null && e.endedWithoutRefund(refundNo);
    }

    static String reference(String refundNo) {
        return "refund:" + refundNo;
    }
}
