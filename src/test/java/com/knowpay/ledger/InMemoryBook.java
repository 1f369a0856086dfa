package com.knowpay.ledger;

import com.knowpay.payment.ChannelType;
import com.knowpay.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ledger's use cases over plain collections, driving the same rules as the service
 * ({@link PostingRules}, {@link CreatorPosition}, {@link OrderSplit}, {@link JournalEntry}) so the
 * property test can run thousands of steps without a database.
 */
final class InMemoryBook {

    static final class Accounts {
        private final Map<AccountKey, LedgerAccount> byKey = new HashMap<>();

        LedgerAccount resolve(AccountKey key) {
            return byKey.computeIfAbsent(key, k -> new LedgerAccount(byKey.size() + 1, k, Instant.EPOCH));
        }
    }

    final Accounts accounts = new Accounts();
    final Map<String, JournalEntry> entries = new LinkedHashMap<>();
    final Map<String, OrderSplit> splits = new HashMap<>();
    final Set<String> reversed = new HashSet<>();
    final Map<Long, Long> paidOut = new HashMap<>();
    final Duration hold;
    final int rateBp;
    Instant now;

    InMemoryBook(Instant start, Duration hold, int rateBp) {
        this.now = start;
        this.hold = hold;
        this.rateBp = rateBp;
    }

    /** @return false when the reference was posted before (nothing posted now) */
    boolean payment(PaymentPosting p) {
        if (entries.containsKey(p.reference())) {
            return false;
        }
        if (splits.containsKey(p.orderNo())) {
            throw new IllegalStateException("order posted twice");
        }
        OrderSplit split = new OrderSplit(p.orderNo(), p.creatorId(), p.channel(), p.reference(), rateBp,
                p.gross().fen(), Times.micros(p.paidAt().plus(hold)));
        append(PostingRules.payment(p, split, position(p.creatorId())));
        splits.put(p.orderNo(), split);
        return true;
    }

    void refund(RefundPosting r, boolean approveFirst) {
        OrderSplit split = splits.get(r.orderNo());
        OrderSplit.RefundShare share = split.shareOf(r.refundAmount().fen());
        EntryDraft draft = PostingRules.refundSplit(r, split, share, position(r.creatorId()), now, approveFirst);
        append(draft);
        split.applyRefund(share.commissionFen(), share.creatorFen());
        if (approveFirst) {
            append(PostingRules.refundCompletion(r, split));
        }
    }

    /** @return false when the amount is more than available (refused, nothing posted) */
    boolean payout(long creatorId, long amount, String payoutNo) {
        if (amount > position(creatorId).available(now)) {
            return false;
        }
        append(PostingRules.payout(payoutNo, creatorId, amount, "BANK-" + payoutNo, now));
        paidOut.merge(creatorId, amount, Long::sum);
        return true;
    }

    /** Mirrors PostingDesk.reverse's refusals; @return false when refused */
    boolean reverse(String reference) {
        JournalEntry original = entries.get(reference);
        if (original == null || original.getKind() == EntryKind.REVERSAL || reversed.contains(reference)) {
            return false;
        }
        OrderSplit split = original.getOrderNo() == null ? null : splits.get(original.getOrderNo());
        if (original.getKind() == EntryKind.PAYMENT && split.remainingFen() != split.getGrossFen()) {
            return false;
        }
        if (original.getKind() == EntryKind.REFUND_APPROVED) {
            return false;
        }
        EntryDraft draft = PostingRules.reversal(original, "test", now);
        if (!position(original.getCreatorId()).with(draft.lines()).isSound(now)) {
            return false;
        }
        append(draft);
        reversed.add(reference);
        switch (original.getKind()) {
            case PAYMENT -> split.markReversed();
            case REFUND -> split.applyRefund(draft.commissionTaken(), draft.creatorTaken());
            case PAYOUT -> paidOut.merge(original.getCreatorId(), -draft.payableDelta(), Long::sum);
            default -> throw new IllegalStateException();
        }
        return true;
    }

    private void append(EntryDraft draft) {
        CreatorPosition before = position(draft.creatorId());
        if (!before.with(draft.lines()).isSound(now)) {
            throw new AssertionError("Rules produced an unsound entry " + draft.reference() + ": " + draft.lines());
        }
        JournalEntry entry = new JournalEntry(draft, accounts::resolve, now, "test", null);
        if (entries.putIfAbsent(draft.reference(), entry) != null) {
            throw new AssertionError("duplicate reference " + draft.reference());
        }
    }

    /** Recomputed from every posting, as the service's queries do. */
    CreatorPosition position(long creatorId) {
        Map<Instant, Long> owed = new HashMap<>();
        long receivable = 0;
        for (JournalEntry e : entries.values()) {
            for (Line l : e.lines()) {
                if (creatorIs(l, creatorId, AccountType.CREATOR_PAYABLE)) {
                    owed.merge(l.availableAt(), -l.amountFen(), Long::sum);
                } else if (creatorIs(l, creatorId, AccountType.CREATOR_RECEIVABLE)) {
                    receivable += l.amountFen();
                }
            }
        }
        return new CreatorPosition(creatorId, owed, receivable);
    }

    private static boolean creatorIs(Line l, long creatorId, AccountType type) {
        return l.account().type() == type && l.account().creatorId() == creatorId;
    }

    List<Line> allLines() {
        List<Line> all = new ArrayList<>();
        entries.values().forEach(e -> all.addAll(e.lines()));
        return all;
    }

    Optional<OrderSplit> split(String orderNo) {
        return Optional.ofNullable(splits.get(orderNo));
    }

    static PaymentPosting payment(String no, long creatorId, ChannelType channel, long fen, Instant paidAt) {
        return new PaymentPosting("payment:P" + no, "O" + no, creatorId, channel, Money.fen(fen), paidAt);
    }
}
