package com.knowpay.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One row per creator: the lock every posting for that creator takes ({@code SELECT … FOR UPDATE})
 * so postings, refunds and payouts of one creator happen one after another, and the running
 * balances the invariant job compares with the postings.
 */
@Entity
@Table(name = "ledger_creator_state")
class CreatorState {

    @Id
    @Column(name = "creator_id")
    private Long creatorId;

    @Version
    private long version;

    @Column(name = "payable_fen", nullable = false)
    private long payableFen;

    @Column(name = "receivable_fen", nullable = false)
    private long receivableFen;

    @Column(name = "paid_out_fen", nullable = false)
    private long paidOutFen;

    @Column(name = "last_entry_id")
    private Long lastEntryId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CreatorState() {
    }

    /** Moves the running balances by what an entry did. */
    void record(JournalEntry entry, EntryDraft draft, long paidOutDelta, Instant at) {
        payableFen = Math.addExact(payableFen, draft.payableDelta());
        receivableFen = Math.addExact(receivableFen, draft.receivableDelta());
        paidOutFen = Math.addExact(paidOutFen, paidOutDelta);
        lastEntryId = entry.getId();
        updatedAt = at;
    }

    long getCreatorId() {
        return creatorId;
    }

    long getPayableFen() {
        return payableFen;
    }

    long getReceivableFen() {
        return receivableFen;
    }

    long getPaidOutFen() {
        return paidOutFen;
    }

    Long getLastEntryId() {
        return lastEntryId;
    }
}
