package com.knowpay.risk;

import com.knowpay.shared.DomainException;

/**
 * A refusal by risk control. The message is deliberately vague (it never names the rule or the
 * thresholds). Code {@code rate-limited} (kind RATE_LIMITED → 429; put {@link #retryAfterSeconds()} into
 * Retry-After) or {@code risk-blocked} (kind FORBIDDEN → 403). UI: translation key {@code error.<code>}.
 */
public class RiskBlockedException extends DomainException {

    public static final String CODE_BLOCKED = "risk-blocked";
    public static final String CODE_RATE_LIMITED = "rate-limited";
    static final String TEXT_BLOCKED = "For your account's safety this purchase can't be completed right now. "
            + "Please try again later or contact support.";
    static final String TEXT_BLOCKED_REFUND = "For your account's safety this refund request can't be submitted "
            + "right now. Please contact support.";
    static final String TEXT_RATE_LIMITED = "Too many attempts in a short time. Please wait a few minutes and try again.";

    private final long retryAfterSeconds;
    private final long decisionId;
    private final String messageKey;

    public RiskBlockedException(Kind kind, String code, String message, long retryAfterSeconds, long decisionId,
                                String messageKey) {
        super(kind, code, message);
        this.retryAfterSeconds = retryAfterSeconds;
        this.decisionId = decisionId;
        this.messageKey = messageKey;
    }

    static RiskBlockedException of(RiskDecision d) {
        if (d.isRateLimited()) {
            return new RiskBlockedException(Kind.RATE_LIMITED, CODE_RATE_LIMITED, TEXT_RATE_LIMITED,
                    d.retryAfterSeconds(), d.decisionId(), d.userMessage());
        }
        String text = RiskDecision.MESSAGE_BLOCKED_REFUND.equals(d.userMessage()) ? TEXT_BLOCKED_REFUND : TEXT_BLOCKED;
        return new RiskBlockedException(Kind.FORBIDDEN, CODE_BLOCKED, text, 0, d.decisionId(), d.userMessage());
    }

    /** Seconds until the learner may try again (rate limits only; 0 otherwise). */
    @Override
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public long decisionId() {
        return decisionId;
    }

    /** Translation key of the learner-facing message (risk bundle), e.g. {@code risk.user.blocked}. */
    public String messageKey() {
        return messageKey;
    }
}
