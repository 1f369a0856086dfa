package com.knowpay.risk;

import com.knowpay.shared.Money;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * Rules 3–8: each counts observations in SQL over an index and, when the count passes its threshold,
 * returns a finding whose evidence names the numbers. Windows end at {@code now} inclusive.
 */
@Component
class RuleChecks {

    /** The median looks at this many of the user's latest paid orders. */
    static final int MEDIAN_SAMPLE = 50;

    private final RiskSignalRepository signals;
    private final RiskBlockRepository blocks;

    RuleChecks(RiskSignalRepository signals, RiskBlockRepository blocks) {
        this.signals = signals;
        this.blocks = blocks;
    }

    /** Rule 8: an active blocklist entry for the user or the IP. */
    Optional<Finding> blocklist(long userId, String ip, Instant now) {
        List<RiskBlock> hits = blocks.findActive(String.valueOf(userId), ip == null ? "" : ip, now);
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Finding.block(RiskRule.BLOCKLIST, "on blocklist: "
                + String.join(", ", hits.stream().map(RiskBlock::describe).toList())));
    }

    /** Rule 3: at least N orders cancelled or expired without payment in the window → REVIEW. */
    Optional<Finding> abandonedOrders(long userId, Thresholds t, Instant now) {
        long n = t.get(RiskRuleSetting.ABANDONED_ORDERS_REVIEW);
        long count = signals.countUnpaidOrders(userId, EnumSet.of(SignalKind.ORDER_CANCELLED, SignalKind.ORDER_EXPIRED),
                now.minus(t.window(RiskRuleSetting.ABANDONED_WINDOW_HOURS)), now);
        if (count < n) {
            return Optional.empty();
        }
        return Optional.of(Finding.review(RiskRule.ABANDONED_ORDERS, "unpaid cancelled/expired orders by user " + userId
                + " in " + t.label(RiskRuleSetting.ABANDONED_WINDOW_HOURS) + ": " + count + " >= " + n));
    }

    /** Rule 4: failed or declined payments in the window; above the review limit → REVIEW, above the block limit → BLOCK. */
    Optional<Finding> failedPayments(long userId, Thresholds t, Instant now) {
        long count = signals.countByUser(userId, EnumSet.of(SignalKind.PAYMENT_FAILED, SignalKind.PAYMENT_DECLINED),
                now.minus(t.window(RiskRuleSetting.FAILED_PAYMENTS_WINDOW_MINUTES)), now);
        String what = "failed/declined payments by user " + userId + " in "
                + t.label(RiskRuleSetting.FAILED_PAYMENTS_WINDOW_MINUTES) + ": " + count;
        long block = t.get(RiskRuleSetting.FAILED_PAYMENTS_BLOCK);
        long review = t.get(RiskRuleSetting.FAILED_PAYMENTS_REVIEW);
        if (count > block) {
            return Optional.of(Finding.block(RiskRule.FAILED_PAYMENTS, what + " > " + block));
        }
        if (count > review) {
            return Optional.of(Finding.review(RiskRule.FAILED_PAYMENTS, what + " > " + review));
        }
        return Optional.empty();
    }

    /** Rule 5: more than N accounts ordering the same course from one IP or one device in the window → REVIEW. */
    Optional<Finding> sharedDevice(OrderRiskContext c, Thresholds t, Instant now) {
        long limit = t.get(RiskRuleSetting.SHARED_ACCOUNTS_LIMIT);
        Instant since = now.minus(t.window(RiskRuleSetting.SHARED_WINDOW_MINUTES));
        String in = " in " + t.label(RiskRuleSetting.SHARED_WINDOW_MINUTES) + ": ";
        if (c.ip() != null) {
            long byIp = signals.countAccountsByIp(c.ip(), SignalKind.ORDER_ATTEMPT, c.courseId(), since, now);
            if (byIp > limit) {
                return Optional.of(Finding.review(RiskRule.SHARED_DEVICE, "accounts ordering course " + c.courseId()
                        + " from IP " + c.ip() + in + byIp + " > " + limit));
            }
        }
        if (c.deviceId() != null) {
            long byDevice = signals.countAccountsByDevice(c.deviceId(), SignalKind.ORDER_ATTEMPT, c.courseId(), since, now);
            if (byDevice > limit) {
                return Optional.of(Finding.review(RiskRule.SHARED_DEVICE, "accounts ordering course " + c.courseId()
                        + " from device " + c.deviceId() + in + byDevice + " > " + limit));
            }
        }
        return Optional.empty();
    }

    /**
     * Rule 6: amount above k × the user's median paid amount AND above the floor → REVIEW; with no paid
     * history, an amount above the first-order maximum → REVIEW.
     */
    Optional<Finding> amountAnomaly(OrderRiskContext c, Thresholds t, Instant now) {
        List<Long> paid = signals.recentPaidAmounts(c.userId(), now, Limit.of(MEDIAN_SAMPLE));
        if (paid.isEmpty()) {
            long max = t.get(RiskRuleSetting.FIRST_ORDER_MAX_YUAN) * 100;
            if (c.amountFen() > max) {
                return Optional.of(Finding.review(RiskRule.AMOUNT_ANOMALY, "first order of user " + c.userId() + ": "
                        + Money.fen(c.amountFen()) + " > " + Money.fen(max)));
            }
            return Optional.empty();
        }
        long median = median(paid);
        long k = t.get(RiskRuleSetting.AMOUNT_MEDIAN_MULTIPLIER);
        long floor = t.get(RiskRuleSetting.AMOUNT_FLOOR_YUAN) * 100;
        long limit = Math.multiplyExact(k, median);
        if (c.amountFen() > limit && c.amountFen() > floor) {
            return Optional.of(Finding.review(RiskRule.AMOUNT_ANOMALY, "amount " + Money.fen(c.amountFen()) + " > " + k
                    + " × median " + Money.fen(median) + " of user " + c.userId() + "'s last " + paid.size()
                    + " paid orders, and > floor " + Money.fen(floor)));
        }
        return Optional.empty();
    }

    /** Rule 7a: refund requests (distinct orders, this one included) in the window above the limits. */
    Optional<Finding> refundFrequency(RefundRiskContext c, Thresholds t, Instant now) {
        long count = signals.countDistinctOrders(c.userId(), SignalKind.REFUND_REQUEST,
                now.minus(t.window(RiskRuleSetting.REFUND_WINDOW_DAYS)), now);
        String what = "refund requests by user " + c.userId() + " in " + t.label(RiskRuleSetting.REFUND_WINDOW_DAYS)
                + ": " + count;
        long block = t.get(RiskRuleSetting.REFUND_BLOCK_LIMIT);
        long review = t.get(RiskRuleSetting.REFUND_REVIEW_LIMIT);
        if (count > block) {
            return Optional.of(Finding.block(RiskRule.REFUND_FREQUENCY, what + " > " + block));
        }
        if (count > review) {
            return Optional.of(Finding.review(RiskRule.REFUND_FREQUENCY, what + " > " + review));
        }
        return Optional.empty();
    }

    /** Rule 7b: refund after consuming at least X % of the content → REVIEW. */
    Optional<Finding> refundConsumed(RefundRiskContext c, Thresholds t) {
        long x = t.get(RiskRuleSetting.REFUND_CONSUMED_PERCENT);
        if (c.consumedPercent() < x) {
            return Optional.empty();
        }
        return Optional.of(Finding.review(RiskRule.REFUND_CONSUMED, "content of order " + c.orderNo()
                + " consumed before the refund request: " + c.consumedPercent() + "% >= " + x + "%"));
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
