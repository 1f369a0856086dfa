/**
 * Risk: rate limits, velocity and fraud rules, the decision log and the review queue.
 *
 * <p>Other modules call {@link com.knowpay.risk.RiskService} before creating an order, a payment attempt
 * or a refund request ({@code assess*}, answering ALLOW / REVIEW / BLOCK). Risk never imports those
 * modules: it listens to their events that implement {@link com.knowpay.risk.RiskObservation} (an order
 * paid, a refund completed) in their transaction; cancellations and failed attempts, which name no
 * learner, are still reported by the order module ({@code recordOutcome}). It keeps its own
 * observations (risk_signal) and counts them in SQL. Admins work through {@link com.knowpay.risk.RiskAdminService}: review queue
 * (resolutions publish {@link com.knowpay.risk.RiskReviewResolved}), blocklist, thresholds, decision log.
 * Request-rate buckets (Bucket4j) live in memory per node or, with
 * {@code knowpay.risk.rate-limit.store=jdbc}, in the database shared by all nodes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Risk",
        allowedDependencies = {"audit", "shared"})
package com.knowpay.risk;
