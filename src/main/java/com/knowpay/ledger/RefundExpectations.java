package com.knowpay.ledger;

import java.time.Instant;
import java.util.Set;

/**
 * What the ledger should hold for refunds, as the refund module knows it. Declared here and
 * implemented (as a bean) by the refund module, which depends on the ledger: the ledger cannot
 * import it. Without a bean the invariant report says the refund check was "not checked", and
 * refund holds are posted without asking whether the refund already ended.
 */
public interface RefundExpectations {

    /**
     * Refunds completed in [from, to), by refund number: each must have one unreversed refund entry
     * with reference {@code "refund:" + refundNo}.
     */
    Set<String> completedRefundNos(Instant from, Instant to);

    /**
     * True if the refund was rejected or failed for good (no money will go back), so a late
     * approval event must not hold the creator's share. Unknown refunds answer false.
     */
    boolean endedWithoutRefund(String refundNo);
}
