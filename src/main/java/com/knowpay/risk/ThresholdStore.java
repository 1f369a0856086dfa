package com.knowpay.risk;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the thresholds in force on every assessment (a handful of rows), so an admin's change takes
 * effect at once on every node without a cache to invalidate.
 */
@Component
@Transactional(readOnly = true)
class ThresholdStore {

    private final RiskRuleSettingRepository rows;
    private final RiskSettings settings;

    ThresholdStore(RiskRuleSettingRepository rows, RiskSettings settings) {
        this.rows = rows;
        this.settings = settings;
    }

    Thresholds current() {
        Map<String, RiskRuleSettingEntry> changed = changedRows();
        Map<RiskRuleSetting, Long> values = new EnumMap<>(RiskRuleSetting.class);
        for (RiskRuleSetting s : RiskRuleSetting.values()) {
            RiskRuleSettingEntry row = changed.get(s.key());
            values.put(s, row != null && s.accepts(row.getValue()) ? row.getValue() : settings.defaultFor(s));
        }
        return new Thresholds(values);
    }

    List<RuleSettingView> views() {
        Map<String, RiskRuleSettingEntry> changed = changedRows();
        return java.util.Arrays.stream(RiskRuleSetting.values()).map(s -> {
            RiskRuleSettingEntry row = changed.get(s.key());
            long value = row != null && s.accepts(row.getValue()) ? row.getValue() : settings.defaultFor(s);
            return new RuleSettingView(s, value, settings.defaultFor(s), row == null ? null : row.getUpdatedAt(),
                    row == null ? null : row.getUpdatedBy());
        }).toList();
    }

    private Map<String, RiskRuleSettingEntry> changedRows() {
        return rows.findAll().stream().collect(Collectors.toMap(RiskRuleSettingEntry::getName, Function.identity()));
    }
}
