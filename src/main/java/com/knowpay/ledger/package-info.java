/**
 * Ledger: the double-entry journal, creator earnings, settlement holds, payouts and the
 * invariant checks that prove the books add up.
 *
 * <p>Public API: {@link com.knowpay.ledger.LedgerService} and the records next to it. Other
 * modules report business events ({@link com.knowpay.ledger.PaymentPosting},
 * {@link com.knowpay.ledger.RefundPosting}) from their after-commit listeners; every call is
 * idempotent by its reference, so at-least-once delivery posts exactly once. Journal entries and
 * postings are immutable; mistakes are fixed by reversing entries. The module listens to the order
 * module's {@code OrderPaid} and never imports the refund module (which depends on it: the refund
 * module posts its refunds and implements {@link com.knowpay.ledger.LedgerExpectations} so the
 * invariant job can check that every paid order and completed refund was posted).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ledger")
package com.knowpay.ledger;
