package com.knowpay.ledger;

import java.time.Instant;
import java.util.Set;

/**
 * What the ledger should contain, as the modules that own orders and refunds know it. Implement
 * it (as a bean) in the order/refund side; the ledger never imports the refund module. Without a
 * bean the invariant report says the two checks were "not checked", and refund holds are posted
 * without asking whether the refund already ended.
 */
public interface LedgerExpectations {

    /** Orders that became PAID in [from, to): each must have exactly one (unreversed) payment entry. */
    Set<String> paidOrderNos(Instant from, Instant to);

    /**
     * Refunds completed in [from, to), by refund number: each must have one unreversed refund entry
     * with reference {@code "refund:" + refundNo}.
     */
    Set<String> completedRefundNos(Instant from, Instant to);

    /**
     * True if the refund was rejected or failed for good (no money will go back), so a late
     * approval event must not hold the creator's share. Unknown refunds answer false.
     */
    default boolean endedWithoutRefund(String refundNo) {
        return false;
    }
}
