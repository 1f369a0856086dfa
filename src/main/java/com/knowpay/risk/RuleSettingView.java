package com.knowpay.risk;

import java.time.Instant;

/** A threshold as the admin screen shows it: current value, default, allowed range, last change. */
public record RuleSettingView(RiskRuleSetting setting, long value, long defaultValue, Instant updatedAt,
                              String updatedBy) {

    public String key() {
        return setting.key();
    }

    public long min() {
        return setting.min();
    }

    public long max() {
        return setting.max();
    }
}
