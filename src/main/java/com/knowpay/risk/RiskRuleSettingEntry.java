package com.knowpay.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A threshold an admin changed at run time. */
@Entity
@Table(name = "risk_rule_setting")
class RiskRuleSettingEntry {

    @Id
    @Column(length = 60)
    private String name;

    @Column(name = "setting_value", nullable = false)
    private long value;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    @Version
    private long version;

    protected RiskRuleSettingEntry() {
    }

    RiskRuleSettingEntry(String name, long value, Instant at, String by) {
        this.name = name;
        change(value, at, by);
    }

    void change(long value, Instant at, String by) {
        this.value = value;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    String getName() {
        return name;
    }

    long getValue() {
        return value;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    String getUpdatedBy() {
        return updatedBy;
    }
}
