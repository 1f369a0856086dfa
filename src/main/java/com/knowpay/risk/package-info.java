/**
 * Risk: rate limits, velocity and fraud rules, the decision log and the review queue.
 *
 * <p>Other modules call {@link com.knowpay.risk.RiskService} before creating an order, a payment attempt
 * or a refund request ({@code assess*}, answering ALLOW / REVIEW / BLOCK) and report outcomes afterwards
 * ({@code recordOutcome}). Risk never imports those modules: it keeps its own observations (risk_signal)
 * and counts them in SQL. Admins work through {@link com.knowpay.risk.RiskAdminService}: review queue
 * (resolutions publish {@link com.knowpay.risk.RiskReviewResolved}), blocklist, thresholds, decision log.
 * Request-rate buckets (Bucket4j) live in memory per node or, with
 * {@code knowpay.risk.rate-limit.store=jdbc}, in the database shared by all nodes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Risk")
package com.knowpay.risk;
