package com.knowpay.ledger;

import java.time.Instant;
import java.util.List;

/** A journal entry and its postings (which always sum to zero). */
public record JournalEntryView(long id, String reference, EntryKind kind, String orderNo, Long creatorId,
                               String description, Instant occurredAt, Instant recordedAt, String recordedBy,
                               Long reversesEntryId, List<PostingView> postings) {

    public JournalEntryView {
        postings = List.copyOf(postings);
    }
}
