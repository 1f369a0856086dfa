package com.knowpay.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one creator is owed, grouped by when the money leaves the settlement hold, plus what the
 * creator owes. Pure: the service loads it from postings, the rules allocate against it.
 *
 * <p>Soundness: the available sum and every still-pending group are never negative, and the
 * receivable is never negative. Then the available amount can only grow as time passes.
 */
final class CreatorPosition {

    private final long creatorId;
    /** Owed to the creator (positive) by available_at. */
    private final TreeMap<Instant, Long> owed = new TreeMap<>();
    private long receivable;

    CreatorPosition(long creatorId, Map<Instant, Long> owedByAvailableAt, long receivable) {
        this.creatorId = creatorId;
        owedByAvailableAt.forEach((at, fen) -> owed.merge(at, fen, Long::sum));
        this.receivable = receivable;
    }

    static CreatorPosition empty(long creatorId) {
        return new CreatorPosition(creatorId, Map.of(), 0);
    }

    long available(Instant now) {
        return owed.headMap(now, true).values().stream().mapToLong(Long::longValue).sum();
    }

    long pending(Instant now) {
        return owed.tailMap(now, false).values().stream().mapToLong(Long::longValue).sum();
    }

    long total() {
        return owed.values().stream().mapToLong(Long::longValue).sum();
    }

    long receivable() {
        return receivable;
    }

    boolean isSound(Instant now) {
        return available(now) >= 0 && receivable >= 0
                && owed.tailMap(now, false).values().stream().allMatch(v -> v >= 0);
    }

    void apply(List<Line> lines) {
        for (Line l : lines) {
            if (l.account().type() == AccountType.CREATOR_PAYABLE && creatorId == l.account().creatorId()) {
                owed.merge(l.availableAt(), -l.amountFen(), Long::sum);
            } else if (l.account().type() == AccountType.CREATOR_RECEIVABLE && creatorId == l.account().creatorId()) {
                receivable += l.amountFen();
            }
        }
    }

    /** A copy with the lines applied, for "what if" checks. */
    CreatorPosition with(List<Line> lines) {
        CreatorPosition copy = new CreatorPosition(creatorId, owed, receivable);
        copy.apply(lines);
        return copy;
    }

    /**
     * Credits a sale's creator share: first settles what the creator owes, the rest is owed to the
     * creator from {@code availableAt}.
     */
    List<Line> creditShare(long share, Instant availableAt) {
        List<Line> lines = new ArrayList<>();
        long offset = Math.min(share, receivable);
        if (offset > 0) {
            lines.add(Line.credit(AccountKey.receivable(creatorId), offset));
        }
        if (share - offset > 0) {
            lines.add(new Line(AccountKey.payable(creatorId), -(share - offset), availableAt));
        }
        return lines;
    }

    /**
     * Takes {@code amount} back from the creator (a refund's creator part). Order: the sale's own
     * pending money ({@code ownGroup}, when still inside the hold), then available money, then other
     * pending money (soonest first); what is still missing becomes a receivable.
     */
    List<Line> takeBack(long amount, Instant ownGroup, Instant now) {
        List<Line> lines = new ArrayList<>();
        TreeMap<Instant, Long> pendingLeft = new TreeMap<>(owed.tailMap(now, false));
        long rest = amount;
        if (ownGroup != null && pendingLeft.containsKey(ownGroup)) {
            long fromOwn = take(ownGroup, Math.min(rest, pendingLeft.get(ownGroup)), lines);
            pendingLeft.merge(ownGroup, -fromOwn, Long::sum);
            rest -= fromOwn;
        }
        long fromAvailable = Math.min(rest, Math.max(0, available(now)));
        if (fromAvailable > 0) {
            lines.add(new Line(AccountKey.payable(creatorId), fromAvailable, now));
            rest -= fromAvailable;
        }
        for (Map.Entry<Instant, Long> group : pendingLeft.entrySet()) {
            if (rest == 0) {
                break;
            }
            rest -= take(group.getKey(), Math.min(rest, group.getValue()), lines);
        }
        if (rest > 0) {
            lines.add(Line.debit(AccountKey.receivable(creatorId), rest));
        }
        return lines;
    }

    private long take(Instant group, long fen, List<Line> lines) {
        if (fen <= 0) {
            return 0;
        }
        lines.add(new Line(AccountKey.payable(creatorId), fen, group));
        return fen;
    }
}
