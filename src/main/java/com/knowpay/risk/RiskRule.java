package com.knowpay.risk;

/** The rules, by the stable code that the decision log and the admin screens show. */
public enum RiskRule {
    BLOCKLIST("blocklist"),
    ORDER_RATE_USER("order-rate-user"),
    ORDER_RATE_IP("order-rate-ip"),
    PAYMENT_RATE_USER("payment-rate-user"),
    PAYMENT_RATE_IP("payment-rate-ip"),
    ABANDONED_ORDERS("abandoned-orders"),
    FAILED_PAYMENTS("failed-payments"),
    SHARED_DEVICE("shared-device"),
    AMOUNT_ANOMALY("amount-anomaly"),
    REFUND_FREQUENCY("refund-frequency"),
    REFUND_CONSUMED("refund-consumed"),
    /** The subject already waits in the review queue. */
    REVIEW_PENDING("review-pending"),
    /** An admin rejected the subject in review. */
    REVIEW_REJECTED("review-rejected");

    private final String code;

    RiskRule(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Rate limits answer 429 with Retry-After; everything else that blocks is a plain refusal. */
    public boolean isRateLimit() {
        return this == ORDER_RATE_USER || this == ORDER_RATE_IP || this == PAYMENT_RATE_USER || this == PAYMENT_RATE_IP;
    }
}
