package com.knowpay.ledger;

import com.knowpay.payment.ChannelType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** An account of the chart. Rows are created once (by migration or on first use) and never change. */
@Entity
@Immutable
@Table(name = "ledger_account")
class LedgerAccount {

    @Id
    private Long id;

    @Column(nullable = false, length = 80)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "account_type", nullable = false, length = 40)
    private AccountType type;

    @Column(name = "creator_id")
    private Long creatorId;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ChannelType channel;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LedgerAccount() {
    }

    /** For tests that build entries in memory; stored accounts come from {@link LedgerAccounts}. */
    LedgerAccount(long id, AccountKey key, Instant createdAt) {
        this.id = id;
        this.code = key.code();
        this.type = key.type();
        this.creatorId = key.creatorId();
        this.channel = key.channel();
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    AccountType getType() {
        return type;
    }

    AccountKey key() {
        return new AccountKey(type, creatorId, channel);
    }
}
