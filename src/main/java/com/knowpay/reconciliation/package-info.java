/**
 * Reconciliation: each enabled channel's daily bill (T−1, fetched at 10:30 China time, or on demand
 * by an admin) matched three ways — order ↔ payment attempt ↔ bill line, and bill refund line ↔
 * local refund — into an idempotent mismatch queue keyed by (channel, date, type, reference).
 * Admins resolve items by fulfilling (re-query through the payment core), refunding (the core's
 * automatic refund) or explaining them; every resolution is audited.
 *
 * <p>Public API: {@link com.knowpay.reconciliation.ReconciliationService} and its records;
 * {@link com.knowpay.reconciliation.RefundRecordSource}, which the refund module implements (refund
 * depends on reconciliation's API, never the other way round, so the module that owns refunds owns
 * their query). Depends on payment, order and audit only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reconciliation",
        allowedDependencies = {"audit", "order", "payment", "shared"})
package com.knowpay.reconciliation;
