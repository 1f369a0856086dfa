package com.knowpay.ledger;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.hibernate.annotations.Immutable;

/**
 * The aggregate of the journal: one business event and its postings. The constructor refuses an
 * entry whose postings do not sum to zero. Immutable: Hibernate never updates it, and the
 * repository has no delete; a mistake is corrected by a {@link EntryKind#REVERSAL} entry.
 */
@Entity
@Immutable
@Table(name = "journal_entry")
class JournalEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 120)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_kind", nullable = false, length = 20)
    private EntryKind kind;

    @Column(name = "order_no", length = 64)
    private String orderNo;

    @Column(name = "creator_id", nullable = false)
    private Long creatorId;

    @Column(nullable = false, length = 500)
    private String description;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Column(name = "reverses_entry_id")
    private Long reversesEntryId;

    @OneToMany(mappedBy = "entry", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Posting> postings = new ArrayList<>();

    protected JournalEntry() {
    }

    JournalEntry(EntryDraft draft, Function<AccountKey, LedgerAccount> accounts, Instant recordedAt,
                 String recordedBy, Long reversesEntryId) {
        this.reference = draft.reference();
        this.kind = draft.kind();
        this.orderNo = draft.orderNo();
        this.creatorId = draft.creatorId();
        this.description = draft.description().length() > 500 ? draft.description().substring(0, 500) : draft.description();
        this.occurredAt = draft.occurredAt();
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.reversesEntryId = reversesEntryId;
        for (Line line : draft.lines()) {
            LedgerAccount account = accounts.apply(line.account());
            if (!account.key().equals(line.account())) {
                throw new IllegalArgumentException("Account " + account.getCode() + " is not " + line.account().code());
            }
            postings.add(new Posting(this, account, line.amountFen(), line.availableAt()));
        }
        Line.requireBalanced(reference, postings.stream().map(Posting::getAmountFen).toList());
    }

    Long getId() {
        return id;
    }

    String getReference() {
        return reference;
    }

    EntryKind getKind() {
        return kind;
    }

    String getOrderNo() {
        return orderNo;
    }

    long getCreatorId() {
        return creatorId;
    }

    String getDescription() {
        return description;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }

    Long getReversesEntryId() {
        return reversesEntryId;
    }

    List<Posting> getPostings() {
        return Collections.unmodifiableList(postings);
    }

    /** The postings as lines, e.g. to build the mirror image for a reversal. */
    List<Line> lines() {
        return postings.stream().map(p -> new Line(p.getAccount().key(), p.getAmountFen(), p.getAvailableAt())).toList();
    }

    JournalEntryView toView() {
        return new JournalEntryView(id == null ? 0 : id, reference, kind, orderNo, creatorId, description, occurredAt,
                recordedAt, recordedBy, reversesEntryId, postings.stream().map(Posting::toView).toList());
    }
}
