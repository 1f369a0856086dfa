package com.knowpay.risk;

import java.util.Arrays;
import java.util.Optional;

/**
 * The thresholds admins may change at run time. Each has a built-in default (overridable with
 * {@code knowpay.risk.thresholds.<key>}), and a range: all are positive integers, capped at a sensible
 * maximum so a typo cannot switch a rule off by accident. Limits fire when a count goes ABOVE them,
 * except the two marked "at least" (abandoned orders, consumed percent), which fire when reached.
 */
public enum RiskRuleSetting {
    ORDER_USER_LIMIT("order-user-limit", RiskRule.ORDER_RATE_USER, Unit.COUNT, 5, 1_000),
    ORDER_IP_LIMIT("order-ip-limit", RiskRule.ORDER_RATE_IP, Unit.COUNT, 20, 10_000),
    ORDER_WINDOW_MINUTES("order-window-minutes", RiskRule.ORDER_RATE_USER, Unit.MINUTES, 10, 1_440),
    PAYMENT_USER_LIMIT("payment-user-limit", RiskRule.PAYMENT_RATE_USER, Unit.COUNT, 10, 1_000),
    PAYMENT_IP_LIMIT("payment-ip-limit", RiskRule.PAYMENT_RATE_IP, Unit.COUNT, 30, 10_000),
    PAYMENT_WINDOW_MINUTES("payment-window-minutes", RiskRule.PAYMENT_RATE_USER, Unit.MINUTES, 10, 1_440),
    ABANDONED_ORDERS_REVIEW("abandoned-orders-review", RiskRule.ABANDONED_ORDERS, Unit.COUNT, 3, 1_000),
    ABANDONED_WINDOW_HOURS("abandoned-window-hours", RiskRule.ABANDONED_ORDERS, Unit.HOURS, 24, 720),
    FAILED_PAYMENTS_REVIEW("failed-payments-review", RiskRule.FAILED_PAYMENTS, Unit.COUNT, 3, 1_000),
    FAILED_PAYMENTS_BLOCK("failed-payments-block", RiskRule.FAILED_PAYMENTS, Unit.COUNT, 8, 1_000),
    FAILED_PAYMENTS_WINDOW_MINUTES("failed-payments-window-minutes", RiskRule.FAILED_PAYMENTS, Unit.MINUTES, 60, 10_080),
    SHARED_ACCOUNTS_LIMIT("shared-accounts-limit", RiskRule.SHARED_DEVICE, Unit.COUNT, 3, 1_000),
    SHARED_WINDOW_MINUTES("shared-window-minutes", RiskRule.SHARED_DEVICE, Unit.MINUTES, 60, 10_080),
    AMOUNT_MEDIAN_MULTIPLIER("amount-median-multiplier", RiskRule.AMOUNT_ANOMALY, Unit.TIMES, 5, 1_000),
    AMOUNT_FLOOR_YUAN("amount-floor-yuan", RiskRule.AMOUNT_ANOMALY, Unit.YUAN, 500, 1_000_000),
    FIRST_ORDER_MAX_YUAN("first-order-max-yuan", RiskRule.AMOUNT_ANOMALY, Unit.YUAN, 2_000, 1_000_000),
    REFUND_REVIEW_LIMIT("refund-review-limit", RiskRule.REFUND_FREQUENCY, Unit.COUNT, 2, 1_000),
    REFUND_BLOCK_LIMIT("refund-block-limit", RiskRule.REFUND_FREQUENCY, Unit.COUNT, 5, 1_000),
    REFUND_WINDOW_DAYS("refund-window-days", RiskRule.REFUND_FREQUENCY, Unit.DAYS, 30, 365),
    REFUND_CONSUMED_PERCENT("refund-consumed-percent", RiskRule.REFUND_CONSUMED, Unit.PERCENT, 30, 100);

    public enum Unit { COUNT, MINUTES, HOURS, DAYS, TIMES, YUAN, PERCENT }

    private final String key;
    private final RiskRule rule;
    private final Unit unit;
    private final long builtinDefault;
    private final long max;

    RiskRuleSetting(String key, RiskRule rule, Unit unit, long builtinDefault, long max) {
        this.key = key;
        this.rule = rule;
        this.unit = unit;
        this.builtinDefault = builtinDefault;
        this.max = max;
    }

    public String key() {
        return key;
    }

    public RiskRule rule() {
        return rule;
    }

    public Unit unit() {
        return unit;
    }

    public long builtinDefault() {
        return builtinDefault;
    }

    public long min() {
        return 1;
    }

    public long max() {
        return max;
    }

    public boolean accepts(long value) {
        return value >= min() && value <= max;
    }

    public static Optional<RiskRuleSetting> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
