/**
 * Refunds people ask for: requests, maker-checker approval, and what a refund's end means for the
 * order, the ledger and access. The provider call itself (outside any transaction, with the
 * refund's own number, retried by the janitor, settled by query or notification) is the payment
 * core's {@code RefundExecution}; this module is its {@code RefundBook} for these refunds.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Refunds",
        allowedDependencies = {"audit", "catalog", "ledger", "order", "payment", "reconciliation", "risk", "shared"})
package com.knowpay.refund;
