/**
 * Ledger: the double-entry journal, creator earnings, settlement holds, payouts and the
 * invariant checks that prove the books add up.
 *
 * <p>Public API: {@link com.knowpay.ledger.LedgerService} and the records next to it. Other
 * The ledger's own after-commit listeners post what other modules report: the order module's
 * {@code OrderPaid}, and the refund module's approval, completion and failure, heard through
 * {@link com.knowpay.ledger.RefundFacts}, which those events implement. Every posting is idempotent
 * by its reference, so at-least-once delivery posts exactly once. Journal entries and postings are
 * immutable; mistakes are fixed by reversing entries. The invariant job checks that every paid order
 * (asked of the order module) and every completed refund (asked through
 * {@link com.knowpay.ledger.RefundExpectations}) was posted. The ledger never imports the refund
 * module, which depends on it by implementing those two interfaces.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ledger",
        allowedDependencies = {"account", "audit", "order", "payment", "shared"})
package com.knowpay.ledger;
