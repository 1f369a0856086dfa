package com.knowpay.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An admin's commission override for one creator; applies to payments posted after it is set. */
@Entity
@Table(name = "ledger_creator_rate")
class CreatorRate {

    @Id
    @Column(name = "creator_id")
    private Long creatorId;

    @Version
    private long version;

    @Column(name = "rate_bp", nullable = false)
    private int rateBp;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    protected CreatorRate() {
    }

    CreatorRate(long creatorId, int rateBp, String by, Instant at) {
        this.creatorId = creatorId;
        change(rateBp, by, at);
    }

    void change(int rateBp, String by, Instant at) {
        if (rateBp < 0 || rateBp > Commission.FULL) {
            throw new IllegalArgumentException("rate " + rateBp);
        }
        this.rateBp = rateBp;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    long getCreatorId() {
        return creatorId;
    }

    int getRateBp() {
        return rateBp;
    }

    CreatorRateView toView(String creatorName) {
        return new CreatorRateView(creatorId, creatorName, rateBp, updatedAt, updatedBy);
    }
}
