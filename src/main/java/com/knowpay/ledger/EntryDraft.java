package com.knowpay.ledger;

import java.time.Instant;
import java.util.List;

/** A journal entry the rules have worked out, balanced, not yet stored. */
record EntryDraft(String reference, EntryKind kind, String orderNo, long creatorId, String description,
                  Instant occurredAt, List<Line> lines) {

    EntryDraft {
        lines = List.copyOf(lines);
        Line.requireBalanced(reference, lines.stream().map(Line::amountFen).toList());
    }

    /** Change of what the platform owes the creator (credit on creator payable = more owed). */
    long payableDelta() {
        return -sum(AccountType.CREATOR_PAYABLE);
    }

    /** Change of what the creator owes the platform. */
    long receivableDelta() {
        return sum(AccountType.CREATOR_RECEIVABLE);
    }

    /** What this entry takes from (positive) or gives back to (negative) the platform's commission. */
    long commissionTaken() {
        return sum(AccountType.PLATFORM_COMMISSION_REVENUE);
    }

    /** What this entry takes from the creator's side: creator payable debits plus new receivable (or test money). */
    long creatorTaken() {
        return sum(AccountType.CREATOR_PAYABLE) + sum(AccountType.CREATOR_RECEIVABLE) + sum(AccountType.TEST_MONEY);
    }

    private long sum(AccountType type) {
        return lines.stream().filter(l -> l.account().type() == type).mapToLong(Line::amountFen).sum();
    }
}
