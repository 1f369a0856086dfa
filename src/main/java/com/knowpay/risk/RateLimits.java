package com.knowpay.risk;

import com.knowpay.risk.internal.RateLimitProbe;
import com.knowpay.risk.internal.RateLimiterStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Rules 1 and 2: request rates per user and per IP, with Bucket4j buckets. Every attempt takes a token
 * (blocked attempts too: hammering does not get faster). Runs outside any database transaction of risk,
 * because the shared (JDBC) store uses its own short transactions. The limit and window are part of the
 * bucket key, so a changed threshold starts fresh buckets at once.
 */
@Component
class RateLimits {

    private final RateLimiterStore store;

    RateLimits(RateLimiterStore store) {
        this.store = store;
    }

    List<Finding> forOrder(OrderRiskContext c, Thresholds t) {
        return check("order", "orders", c.userId(), c.ip(), t, RiskRuleSetting.ORDER_USER_LIMIT,
                RiskRuleSetting.ORDER_IP_LIMIT, RiskRuleSetting.ORDER_WINDOW_MINUTES,
                RiskRule.ORDER_RATE_USER, RiskRule.ORDER_RATE_IP);
    }

    List<Finding> forPayment(PaymentRiskContext c, Thresholds t) {
        return check("payment", "payment attempts", c.userId(), c.ip(), t, RiskRuleSetting.PAYMENT_USER_LIMIT,
                RiskRuleSetting.PAYMENT_IP_LIMIT, RiskRuleSetting.PAYMENT_WINDOW_MINUTES,
                RiskRule.PAYMENT_RATE_USER, RiskRule.PAYMENT_RATE_IP);
    }

    private List<Finding> check(String prefix, String what, long userId, String ip, Thresholds t,
                                RiskRuleSetting userLimit, RiskRuleSetting ipLimit, RiskRuleSetting windowSetting,
                                RiskRule userRule, RiskRule ipRule) {
        Duration window = t.window(windowSetting);
        String label = t.label(windowSetting);
        List<Finding> findings = new ArrayList<>(2);
        take(prefix + ":user:" + userId, t.get(userLimit), window, userRule,
                what + " by user " + userId + " in " + label).ifPresent(findings::add);
        if (ip != null) {
            take(prefix + ":ip:" + ip, t.get(ipLimit), window, ipRule,
                    what + " from IP " + ip + " in " + label).ifPresent(findings::add);
        }
        return findings;
    }

    private Optional<Finding> take(String key, long limit, Duration window, RiskRule rule, String what) {
        RateLimitProbe probe = store.tryAcquire(key + ":" + limit + "/" + window.toSeconds(), limit, window);
        if (probe.allowed()) {
            return Optional.empty();
        }
        return Optional.of(new Finding(rule, Verdict.BLOCK, what + ": more than " + limit
                + ", next allowed in " + probe.retryAfterSeconds() + "s", probe.retryAfterSeconds()));
    }
}
