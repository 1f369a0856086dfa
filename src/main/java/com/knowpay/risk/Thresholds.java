package com.knowpay.risk;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/** The thresholds in force for one assessment: configured defaults overlaid with the admins' changes. */
record Thresholds(Map<RiskRuleSetting, Long> values) {

    Thresholds {
        values = new EnumMap<>(values);
        for (RiskRuleSetting s : RiskRuleSetting.values()) {
            if (!values.containsKey(s)) {
                throw new IllegalArgumentException("Missing threshold " + s.key());
            }
        }
    }

    long get(RiskRuleSetting setting) {
        return values.get(setting);
    }

    Duration window(RiskRuleSetting setting) {
        long v = get(setting);
        return switch (setting.unit()) {
            case MINUTES -> Duration.ofMinutes(v);
            case HOURS -> Duration.ofHours(v);
            case DAYS -> Duration.ofDays(v);
            default -> throw new IllegalArgumentException(setting.key() + " is not a window");
        };
    }

    /** "10m", "24h", "30d" — short, for evidence texts. */
    String label(RiskRuleSetting setting) {
        return get(setting) + switch (setting.unit()) {
            case MINUTES -> "m";
            case HOURS -> "h";
            case DAYS -> "d";
            default -> "";
        };
    }
}
