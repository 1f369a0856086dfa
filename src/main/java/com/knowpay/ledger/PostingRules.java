package com.knowpay.ledger;

import com.knowpay.shared.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which accounts each business event debits and credits. Pure functions of their inputs, so the
 * randomized property test can drive them without Spring or a database.
 *
 * <pre>
 * payment          Dr PROVIDER_CLEARING[channel] gross
 *                  Cr PLATFORM_COMMISSION_REVENUE commission        (floor(gross × bp / 10000))
 *                  Cr CREATOR_RECEIVABLE          what the creator owed, if anything
 *                  Cr CREATOR_PAYABLE             the rest of gross − commission, available at paidAt + hold
 * refund approved  Dr PLATFORM_COMMISSION_REVENUE commission part  (proportional, see OrderSplit)
 *                  Dr CREATOR_PAYABLE             creator part: own pending first, then available, then other pending
 *                  Dr CREATOR_RECEIVABLE          creator part not covered by the balance
 *                  Cr REFUNDS_PAYABLE             refund
 * refund completed Dr REFUNDS_PAYABLE             refund   (after an approval entry)
 *                  Cr PROVIDER_CLEARING[channel]  refund
 *   (without approval: the approval's debits, Cr PROVIDER_CLEARING[channel] refund, in one entry)
 *   test money (sandbox outside the embedded demo): TEST_MONEY takes the place of commission and the
 *   creator's side — sale Dr PROVIDER_CLEARING[SANDBOX] / Cr TEST_MONEY, refund Dr TEST_MONEY / Cr as above
 * payout paid      Dr CREATOR_PAYABLE             amount (from available)
 *                  Cr PAYOUTS_CLEARING            amount
 * reversal         every posting of the original with the opposite sign
 * </pre>
 */
final class PostingRules {

    static final String APPROVAL_PREFIX = "approved:";
    static final String REVERSAL_PREFIX = "reversal:";
    static final String PAYOUT_PREFIX = "payout:";

    private PostingRules() {
    }

    static EntryDraft payment(PaymentPosting p, OrderSplit split, CreatorPosition position) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.debit(AccountKey.clearing(p.channel()), split.getGrossFen()));
        if (split.isTestMoney()) {
            lines.add(Line.credit(AccountKey.testMoney(), split.getGrossFen()));
            return new EntryDraft(p.reference(), EntryKind.PAYMENT, p.orderNo(), p.creatorId(), "Test-money sale of order "
                    + p.orderNo() + " via " + p.channel() + ": " + p.gross() + " (not real money: no commission, no creator"
                    + " earnings)", Times.micros(p.paidAt()), lines);
        }
        if (split.getCommissionFen() > 0) {
            lines.add(Line.credit(AccountKey.commission(), split.getCommissionFen()));
        }
        if (split.getCreatorFen() > 0) {
            lines.addAll(position.creditShare(split.getCreatorFen(), split.getAvailableAt()));
        }
        String description = "Sale of order " + p.orderNo() + " via " + p.channel() + ": " + p.gross()
                + " paid, commission " + Commission.percent(split.getRateBp()) + " " + Money.fen(split.getCommissionFen())
                + ", creator " + Money.fen(split.getCreatorFen());
        return new EntryDraft(p.reference(), EntryKind.PAYMENT, p.orderNo(), p.creatorId(), description,
                Times.micros(p.paidAt()), lines);
    }

    /**
     * The refund's split. {@code approvalOnly}: credit refunds payable (money not yet back at the
     * learner); otherwise credit the provider clearing directly.
     */
    static EntryDraft refundSplit(RefundPosting r, OrderSplit split, OrderSplit.RefundShare share,
                                  CreatorPosition position, Instant now, boolean approvalOnly) {
        List<Line> lines = new ArrayList<>();
        if (share.commissionFen() > 0) {
            lines.add(Line.debit(AccountKey.commission(), share.commissionFen()));
        }
        if (share.creatorFen() > 0 && split.isTestMoney()) {
            lines.add(Line.debit(AccountKey.testMoney(), share.creatorFen()));
        } else if (share.creatorFen() > 0) {
            lines.addAll(position.takeBack(share.creatorFen(), split.getAvailableAt(), now));
        }
        long refund = r.refundAmount().fen();
        lines.add(Line.credit(approvalOnly ? AccountKey.refundsPayable() : AccountKey.clearing(split.getChannel()), refund));
        String what = (approvalOnly ? "Refund approved for order " : "Refund of order ") + r.orderNo()
                + (approvalOnly ? "" : " via " + split.getChannel()) + ": " + r.refundAmount()
                + (split.isTestMoney() ? " (test money)" : " (commission " + Money.fen(share.commissionFen()) + ", creator "
                + Money.fen(share.creatorFen()) + ")");
        return new EntryDraft(approvalOnly ? APPROVAL_PREFIX + r.reference() : r.reference(),
                approvalOnly ? EntryKind.REFUND_APPROVED : EntryKind.REFUND, r.orderNo(), r.creatorId(), what,
                Times.micros(r.refundedAt()), lines);
    }

    /** The provider confirmed a refund that was approved earlier: the money left the clearing account. */
    static EntryDraft refundCompletion(RefundPosting r, OrderSplit split) {
        long refund = r.refundAmount().fen();
        return new EntryDraft(r.reference(), EntryKind.REFUND, r.orderNo(), r.creatorId(),
                "Refund of order " + r.orderNo() + " via " + split.getChannel() + ": " + r.refundAmount() + " returned",
                Times.micros(r.refundedAt()),
                List.of(Line.debit(AccountKey.refundsPayable(), refund), Line.credit(AccountKey.clearing(split.getChannel()), refund)));
    }

    static EntryDraft payout(String payoutNo, long creatorId, long amountFen, String bankReference, Instant now) {
        return new EntryDraft(PAYOUT_PREFIX + payoutNo, EntryKind.PAYOUT, null, creatorId,
                "Payout " + payoutNo + ": " + Money.fen(amountFen) + " sent, bank reference " + bankReference, now,
                List.of(new Line(AccountKey.payable(creatorId), amountFen, now), Line.credit(AccountKey.payoutsClearing(), amountFen)));
    }

    static EntryDraft reversal(JournalEntry original, String reason, Instant now) {
        return new EntryDraft(REVERSAL_PREFIX + original.getReference(), EntryKind.REVERSAL, original.getOrderNo(),
                original.getCreatorId(), "Reversal of " + original.getReference() + ": " + reason, now,
                original.lines().stream().map(Line::opposite).toList());
    }
}
