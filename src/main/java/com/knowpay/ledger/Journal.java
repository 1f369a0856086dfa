package com.knowpay.ledger;

import com.knowpay.shared.security.CurrentUser;
import com.knowpay.shared.security.KnowPayPrincipal;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Appends entries: the only place that writes the journal. Runs in the caller's transaction, under the creator's lock. */
@Component
class Journal {

    private final JournalEntryRepository entries;
    private final LedgerAccounts accounts;

    Journal(JournalEntryRepository entries, LedgerAccounts accounts) {
        this.entries = entries;
        this.accounts = accounts;
    }

    /**
     * Stores the draft and moves the creator's running balances. {@code position} must be the
     * creator's position before the entry; the entry must leave it sound (rules guarantee this
     * for business events; reversals are checked by the caller first).
     */
    JournalEntry append(EntryDraft draft, CreatorState state, CreatorPosition position, long paidOutDelta,
                        Long reversesEntryId, Instant now) {
        if (state.getCreatorId() != draft.creatorId()) {
            throw new IllegalArgumentException("Entry for creator " + draft.creatorId() + " under the lock of " + state.getCreatorId());
        }
        if (!position.with(draft.lines()).isSound(now)) {
            throw new IllegalStateException("Entry " + draft.reference() + " would leave creator " + draft.creatorId()
                    + " with a negative balance");
        }
        JournalEntry entry = entries.save(new JournalEntry(draft, accounts::resolve, now, actor(), reversesEntryId));
        state.record(entry, draft, paidOutDelta, now);
        return entry;
    }

    private static String actor() {
        return CurrentUser.get().map(KnowPayPrincipal::username).orElse("system");
    }
}
