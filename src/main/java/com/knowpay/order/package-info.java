/**
 * Orders: the Order aggregate and its state machine, checkout, order history, the learner REST API
 * and the admin order console. Public API, one class per reader:
 * <ul>
 *   <li>{@code OrderService} — the signed-in learner's own orders and commands (place, pay, cancel);</li>
 *   <li>{@code OrderBackOffice} — everyone else: the admin console, refund bookkeeping for the refund
 *       module, and read-only records for jobs (reconciliation, ledger checks, screen pushes);</li>
 *   <li>{@code OrderUpdates} — subscribe a screen to an order's changes;</li>
 *   <li>extension points other modules implement, so order never depends on them:
 *       {@code OrderRefundLookup} (refunds on the learner's order page and API) and
 *       {@code AdminOrderSection} (parts of the admin order page).</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Orders",
        allowedDependencies = {"account", "catalog", "payment", "risk", "shared"})
package com.knowpay.order;
