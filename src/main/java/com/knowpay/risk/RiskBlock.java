package com.knowpay.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An admin's blocklist entry for a user id or an IP address. */
@Entity
@Table(name = "risk_blocklist")
class RiskBlock {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type", nullable = false, length = 10)
    private BlockTarget target;

    @Column(name = "target_value", nullable = false, length = 64)
    private String value;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "expires_at")
    private Instant expiresAt;

    protected RiskBlock() {
    }

    RiskBlock(BlockTarget target, String value, String reason, Instant createdAt, String createdBy, Instant expiresAt) {
        this.target = target;
        this.value = value;
        renew(reason, createdAt, createdBy, expiresAt);
    }

    /** Blocking an already listed target again replaces its reason and expiry. */
    void renew(String reason, Instant at, String by, Instant expiresAt) {
        this.reason = reason;
        this.createdAt = at;
        this.createdBy = by;
        this.expiresAt = expiresAt;
    }

    boolean isActive(Instant now) {
        return expiresAt == null || expiresAt.isAfter(now);
    }

    Long getId() {
        return id;
    }

    String describe() {
        return target + " " + value + " (" + reason + (expiresAt == null ? "" : ", until " + expiresAt) + ")";
    }

    BlocklistEntry toEntry(Instant now) {
        return new BlocklistEntry(id, target, value, reason, createdAt, createdBy, expiresAt, isActive(now));
    }
}
