package com.knowpay.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RiskSettingsTests {

    private static RiskSettings with(Map<String, Long> thresholds) {
        return new RiskSettings(thresholds, new RiskSettings.RateLimit("memory", 10), Duration.ofDays(400));
    }

    @Test
    void configuredDefaultsOverrideTheBuiltInOnes() {
        RiskSettings s = with(Map.of("order-user-limit", 8L));
        assertThat(s.defaultFor(RiskRuleSetting.ORDER_USER_LIMIT)).isEqualTo(8);
        assertThat(s.defaultFor(RiskRuleSetting.ORDER_IP_LIMIT)).isEqualTo(20);
    }

    @Test
    void unknownKeysAndOutOfRangeValuesFailAtStartUp() {
        assertThatThrownBy(() -> with(Map.of("order-limit", 8L))).hasMessageContaining("Unknown");
        assertThatThrownBy(() -> with(Map.of("refund-consumed-percent", 101L))).hasMessageContaining("between 1 and 100");
        assertThatThrownBy(() -> with(Map.of("order-user-limit", 0L))).hasMessageContaining("between 1 and 1000");
    }

    @Test
    void medianOfOddAndEvenSamples() {
        assertThat(RuleChecks.median(java.util.List.of(300L, 100L, 200L))).isEqualTo(200);
        assertThat(RuleChecks.median(java.util.List.of(400L, 100L, 200L, 300L))).isEqualTo(250);
    }
}
