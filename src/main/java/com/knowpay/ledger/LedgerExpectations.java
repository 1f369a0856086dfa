package com.knowpay.ledger;

import java.time.Instant;
import java.util.Set;

/**
 * What the ledger should contain, as the modules that own orders and refunds know it: the invariant
 * check compares it with the journal. In production {@link ModuleExpectations} answers it from the
 * order module (paid orders) and the refund module ({@link RefundExpectations}); tests hand the
 * checker their own.
 */
interface LedgerExpectations {

    /** Orders that became PAID in [from, to): each must have exactly one (unreversed) payment entry; null = unknown. */
    Set<String> paidOrderNos(Instant from, Instant to);

    /** Refunds completed in [from, to); null = unknown (no refund module). */
    Set<String> completedRefundNos(Instant from, Instant to);
}
