package com.knowpay.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One signed amount on one account (debit positive, credit negative). Immutable. */
@Entity
@Immutable
@Table(name = "ledger_posting")
class Posting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id")
    private JournalEntry entry;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "account_id")
    private LedgerAccount account;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    @Column(name = "available_at")
    private Instant availableAt;

    protected Posting() {
    }

    Posting(JournalEntry entry, LedgerAccount account, long amountFen, Instant availableAt) {
        this.entry = entry;
        this.account = account;
        this.amountFen = amountFen;
        this.availableAt = availableAt;
    }

    JournalEntry getEntry() {
        return entry;
    }

    LedgerAccount getAccount() {
        return account;
    }

    long getAmountFen() {
        return amountFen;
    }

    Instant getAvailableAt() {
        return availableAt;
    }

    PostingView toView() {
        AccountKey key = account.key();
        return new PostingView(account.getCode(), key.type(), key.creatorId(), key.channel(), amountFen, availableAt);
    }
}
