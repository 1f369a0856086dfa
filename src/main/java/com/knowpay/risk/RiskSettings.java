package com.knowpay.risk;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Risk configuration ({@code knowpay.risk.*}).
 *
 * @param thresholds      start-up defaults of the rule thresholds by key (see {@link RiskRuleSetting}); an
 *                        admin's change (table risk_rule_setting) wins over these
 * @param rateLimit       where the request-rate buckets live: {@code memory} (per node, default) or
 *                        {@code jdbc} (shared by all nodes through the database)
 * @param signalRetention how long observations are kept for the rules (longest window is 365 days)
 */
@ConfigurationProperties("knowpay.risk")
public record RiskSettings(Map<String, Long> thresholds, @DefaultValue RateLimit rateLimit,
                           @DefaultValue("400d") Duration signalRetention) {

    public RiskSettings {
        thresholds = thresholds == null ? Map.of() : Map.copyOf(thresholds);
        thresholds.forEach((key, value) -> {
            RiskRuleSetting s = RiskRuleSetting.byKey(key).orElseThrow(() ->
                    new IllegalArgumentException("Unknown knowpay.risk.thresholds key: " + key));
            if (value == null || !s.accepts(value)) {
                throw new IllegalArgumentException("knowpay.risk.thresholds." + key + " must be between "
                        + s.min() + " and " + s.max());
            }
        });
    }

    public long defaultFor(RiskRuleSetting setting) {
        return thresholds.getOrDefault(setting.key(), setting.builtinDefault());
    }

    /**
     * @param store      {@code memory} or {@code jdbc}
     * @param maxBuckets memory store: most buckets kept per node (least recently used are dropped)
     */
    public record RateLimit(@DefaultValue("memory") String store, @DefaultValue("100000") int maxBuckets) {
    }
}
