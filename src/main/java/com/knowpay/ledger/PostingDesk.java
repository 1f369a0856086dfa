package com.knowpay.ledger;

import com.knowpay.shared.DomainException;
import com.knowpay.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Posts business events: payments, refunds and reversals. Each takes the creator's lock first,
 * then checks whether the reference is already in the journal (the same event posts once).
 */
@Component
class PostingDesk {

    private final JournalEntryRepository entries;
    private final OrderSplitRepository splits;
    private final PayoutRepository payouts;
    private final CreatorStates states;
    private final CommissionRates rates;
    private final Journal journal;
    private final LedgerSettings settings;
    private final Clock clock;

    PostingDesk(JournalEntryRepository entries, OrderSplitRepository splits, PayoutRepository payouts,
                CreatorStates states, CommissionRates rates, Journal journal, LedgerSettings settings, Clock clock) {
        this.entries = entries;
        this.splits = splits;
        this.payouts = payouts;
        this.states = states;
        this.rates = rates;
        this.journal = journal;
        this.settings = settings;
        this.clock = clock;
    }

    JournalEntryView recordPayment(PaymentPosting p) {
        CreatorState state = states.lock(p.creatorId());
        Optional<JournalEntry> existing = entries.findByReference(p.reference());
        if (existing.isPresent()) {
            sameEvent(existing.get(), EntryKind.PAYMENT, p.orderNo(), p.creatorId());
            long posted = splits.findByOrderNo(p.orderNo()).map(OrderSplit::getGrossFen).orElse(-1L);
            if (posted != p.gross().fen()) {
                throw DomainException.conflict("ledger-reference-reused", "Reference " + p.reference() + " was posted with "
                        + Money.fen(Math.max(0, posted)) + ", not " + p.gross() + ".");
            }
            return existing.get().toView();
        }
        splits.findByOrderNo(p.orderNo()).ifPresent(other -> {
            throw DomainException.conflict("ledger-order-already-posted", "Order " + p.orderNo()
                    + " already has a payment in the ledger (" + other.getPaymentReference() + "); a second payment of"
                    + " one order is refunded, not posted as a sale.");
        });
        Instant now = now();
        OrderSplit split = new OrderSplit(p.orderNo(), p.creatorId(), p.channel(), p.reference(),
                p.testMoney() ? 0 : rates.rateFor(p.creatorId()), p.gross().fen(),
                Times.micros(p.paidAt().plus(settings.settlementHold())), p.testMoney());
        CreatorPosition position = states.position(p.creatorId(), now);
        JournalEntry entry = journal.append(PostingRules.payment(p, split, position), state, position, 0, null, now);
        splits.save(split);
        return entry.toView();
    }

    JournalEntryView recordRefundApproved(RefundPosting r) {
        CreatorState state = states.lock(r.creatorId());
        Optional<JournalEntry> done = entries.findByReference(PostingRules.APPROVAL_PREFIX + r.reference())
                .or(() -> entries.findByReference(r.reference()));
        if (done.isPresent()) {
            return sameEvent(done.get(), done.get().getKind(), r.orderNo(), r.creatorId()).toView();
        }
        return postSplit(r, state, true);
    }

    JournalEntryView recordRefund(RefundPosting r) {
        CreatorState state = states.lock(r.creatorId());
        Optional<JournalEntry> existing = entries.findByReference(r.reference());
        if (existing.isPresent()) {
            return sameEvent(existing.get(), EntryKind.REFUND, r.orderNo(), r.creatorId()).toView();
        }
        Optional<JournalEntry> approval = liveApproval(r.reference());
        if (approval.isEmpty()) {
            return postSplit(r, state, false);
        }
        OrderSplit split = checkedSplit(r);
        long approved = -approval.get().lines().stream()
                .filter(l -> l.account().type() == AccountType.REFUNDS_PAYABLE).mapToLong(Line::amountFen).sum();
        if (approved != r.refundAmount().fen()) {
            throw DomainException.conflict("ledger-refund-mismatch", "Refund " + r.reference() + " was approved for "
                    + Money.fen(approved) + " but completed for " + r.refundAmount() + "; nothing was posted.");
        }
        Instant now = now();
        CreatorPosition position = states.position(r.creatorId(), now);
        return journal.append(PostingRules.refundCompletion(r, split), state, position, 0, null, now).toView();
    }

    /** The provider finally refused an approved refund: its approval is reversed, the split restored. */
    Optional<JournalEntryView> recordRefundFailed(String refundReference) {
        Optional<JournalEntry> approval = entries.findByReference(PostingRules.APPROVAL_PREFIX + refundReference);
        if (approval.isEmpty()) {
            return Optional.empty();
        }
        CreatorState state = states.lock(approval.get().getCreatorId());
        Optional<JournalEntry> reversal = entries.findByReversesEntryId(approval.get().getId());
        if (reversal.isPresent()) {
            return Optional.of(entries.findWithPostings(reversal.get().getId()).orElseThrow().toView());
        }
        return Optional.of(reverseLocked(approval.get(), state, "the provider did not complete refund " + refundReference));
    }

    JournalEntryView reverse(String reference, String reason) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("ledger-reason-required", "Say why the entry is reversed; the reason is kept with it.");
        }
        JournalEntry original = entries.findByReference(reference).orElseThrow(() -> DomainException.notFound(
                "ledger-entry-not-found", "No journal entry has the reference " + reference + "."));
        CreatorState state = states.lock(original.getCreatorId());
        return reverseLocked(original, state, reason.strip());
    }

    private JournalEntryView reverseLocked(JournalEntry original, CreatorState state, String reason) {
        if (original.getKind() == EntryKind.REVERSAL) {
            throw DomainException.conflict("ledger-reverse-reversal", "Entry " + original.getReference()
                    + " is itself a reversal and cannot be reversed.");
        }
        if (entries.existsByReversesEntryId(original.getId())) {
            throw DomainException.conflict("ledger-already-reversed", "Entry " + original.getReference() + " is already reversed.");
        }
        OrderSplit split = original.getOrderNo() == null ? null : splits.findByOrderNo(original.getOrderNo()).orElse(null);
        if (original.getKind() == EntryKind.PAYMENT && split != null && split.remainingFen() != split.getGrossFen()) {
            throw DomainException.conflict("ledger-reverse-refunded-payment", "Order " + original.getOrderNo()
                    + " has refunds in the ledger; reverse those first.");
        }
        if (original.getKind() == EntryKind.REFUND_APPROVED && original.getReference().startsWith(PostingRules.APPROVAL_PREFIX)
                && liveEntry(original.getReference().substring(PostingRules.APPROVAL_PREFIX.length())).isPresent()) {
            throw DomainException.conflict("ledger-reverse-completed-refund", "The refund approved by "
                    + original.getReference() + " was completed; reverse the completed refund first.");
        }
        Instant now = now();
        EntryDraft draft = PostingRules.reversal(original, reason, now);
        CreatorPosition position = states.position(original.getCreatorId(), now);
        if (!position.with(draft.lines()).isSound(now)) {
            throw DomainException.conflict("ledger-reverse-unsound", "Reversing " + original.getReference()
                    + " would leave the creator with a negative balance: the money was already paid out or used."
                    + " Nothing was posted.");
        }
        // a returned payout is no longer paid out: the reversal gives the creator the money back
        long paidOutDelta = original.getKind() == EntryKind.PAYOUT ? -draft.payableDelta() : 0;
        JournalEntry entry = journal.append(draft, state, position, paidOutDelta, original.getId(), now);
        switch (original.getKind()) {
            case PAYMENT -> {
                if (split != null) {
                    split.markReversed();
                }
            }
            case REFUND, REFUND_APPROVED -> {
                if (split != null) {
                    split.applyRefund(draft.commissionTaken(), draft.creatorTaken());
                }
            }
            case PAYOUT -> payouts.findByEntryId(original.getId()).ifPresent(Payout::returned);
            case REVERSAL -> throw new IllegalStateException("unreachable");
        }
        return entry.toView();
    }

    private JournalEntryView postSplit(RefundPosting r, CreatorState state, boolean approvalOnly) {
        OrderSplit split = checkedSplit(r);
        if (r.refundAmount().fen() > split.remainingFen()) {
            throw DomainException.conflict("ledger-refund-exceeds-payment", "Refund " + r.refundAmount() + " of order "
                    + r.orderNo() + " is more than is left of its payment (" + Money.fen(split.remainingFen()) + ").");
        }
        Instant now = now();
        OrderSplit.RefundShare share = split.shareOf(r.refundAmount().fen());
        CreatorPosition position = states.position(r.creatorId(), now);
        EntryDraft draft = PostingRules.refundSplit(r, split, share, position, now, approvalOnly);
        JournalEntry entry = journal.append(draft, state, position, 0, null, now);
        split.applyRefund(share.commissionFen(), share.creatorFen());
        return entry.toView();
    }

    private OrderSplit checkedSplit(RefundPosting r) {
        OrderSplit split = splits.findByOrderNo(r.orderNo()).orElseThrow(() -> DomainException.conflict(
                "ledger-payment-not-posted", "Order " + r.orderNo() + " has no payment in the ledger yet, so its refund"
                        + " cannot be posted; post the payment first (a retry later will succeed)."));
        if (split.isReversed()) {
            throw DomainException.conflict("ledger-payment-reversed", "The payment of order " + r.orderNo()
                    + " was reversed; its refund cannot be posted.");
        }
        if (split.getCreatorId() != r.creatorId() || split.getChannel() != r.channel()
                || split.getGrossFen() != r.orderGross().fen()) {
            throw DomainException.conflict("ledger-refund-mismatch", "Refund " + r.reference() + " does not match the"
                    + " payment of order " + r.orderNo() + " (creator " + split.getCreatorId() + ", " + split.getChannel()
                    + ", " + Money.fen(split.getGrossFen()) + "); nothing was posted.");
        }
        return split;
    }

    private Optional<JournalEntry> liveApproval(String refundReference) {
        return liveEntry(PostingRules.APPROVAL_PREFIX + refundReference);
    }

    /** The entry with this reference, unless it was reversed. */
    private Optional<JournalEntry> liveEntry(String reference) {
        return entries.findByReference(reference).filter(e -> !entries.existsByReversesEntryId(e.getId()));
    }

    /** A repeated event must be the same event: a reused reference with other facts is refused. */
    private static JournalEntry sameEvent(JournalEntry existing, EntryKind kind, String orderNo, long creatorId) {
        if (existing.getKind() != kind || !orderNo.equals(existing.getOrderNo()) || existing.getCreatorId() != creatorId) {
            throw DomainException.conflict("ledger-reference-reused", "Reference " + existing.getReference()
                    + " was already posted for another event (" + existing.getKind() + " of order " + existing.getOrderNo() + ").");
        }
        return existing;
    }

    private Instant now() {
        return Times.micros(clock.instant());
    }
}
