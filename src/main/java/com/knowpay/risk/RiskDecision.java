package com.knowpay.risk;

/**
 * The answer to an assessment. {@code rule} and {@code evidence} are for staff and logs only — never
 * show them to the learner; show {@code userMessage} (a translation key of the risk bundle) instead.
 *
 * @param rule              code of the rule that decided (null when everything allowed)
 * @param evidence          what the rules saw, e.g. "orders by user 7 in 10m: 6 > 5" (empty when allowed)
 * @param decisionId        id of the decision-log row
 * @param userMessage       translation key of a clear, non-revealing message (null when allowed)
 * @param retryAfterSeconds for a rate limit: when the learner may try again (0 otherwise)
 */
public record RiskDecision(Verdict verdict, String rule, String evidence, long decisionId, String userMessage,
                           long retryAfterSeconds) {

    public static final String MESSAGE_BLOCKED = "risk.user.blocked";
    public static final String MESSAGE_BLOCKED_REFUND = "risk.user.blocked-refund";
    public static final String MESSAGE_RATE_LIMITED = "risk.user.rate-limited";
    public static final String MESSAGE_REVIEW = "risk.user.review";
    public static final String MESSAGE_REVIEW_REFUND = "risk.user.review-refund";

    public boolean isAllowed() {
        return verdict == Verdict.ALLOW;
    }

    public boolean isBlocked() {
        return verdict == Verdict.BLOCK;
    }

    public boolean needsReview() {
        return verdict == Verdict.REVIEW;
    }

    /** True when the block is a rate limit (HTTP 429 + Retry-After) rather than a refusal (403). */
    public boolean isRateLimited() {
        return isBlocked() && retryAfterSeconds > 0;
    }

    /** Throws {@link RiskBlockedException} on BLOCK; otherwise returns this decision (ALLOW or REVIEW). */
    public RiskDecision orThrow() {
        if (isBlocked()) {
            throw RiskBlockedException.of(this);
        }
        return this;
    }

    /** Static form of {@link #orThrow()}: {@code RiskDecision.orThrow(risk.assessOrder(ctx))}. */
    public static RiskDecision orThrow(RiskDecision decision) {
        return decision.orThrow();
    }
}
