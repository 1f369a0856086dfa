package com.knowpay.ledger;

import com.knowpay.account.AccountService;
import com.knowpay.audit.AuditRecord;
import com.knowpay.audit.AuditService;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.Money;
import com.knowpay.shared.security.CurrentUser;
import com.knowpay.shared.security.KnowPayPrincipal;
import com.knowpay.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger's public API.
 *
 * <p>System postings ({@code record…}) are called by other modules' after-commit listeners; no
 * user is needed. Each is idempotent by its reference and runs in its own transaction
 * ({@link LedgerWrite}). A refusal ({@link DomainException}) posts nothing: e.g. a refund whose
 * payment is not in the ledger yet — retrying later succeeds once the payment is posted.
 *
 * <p>Creators see only their own earnings; admins see everyone's and decide payouts. Admin
 * actions are audited in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class LedgerService {

    private final PostingDesk postings;
    private final PayoutDesk payoutDesk;
    private final EarningsReader earnings;
    private final CommissionRates rates;
    private final InvariantChecker invariants;
    private final JournalEntryRepository entries;
    private final PayoutRepository payouts;
    private final AccountService users;
    private final AuditService audit;
    private final LedgerSettings settings;
    private final Clock clock;

    LedgerService(PostingDesk postings, PayoutDesk payoutDesk, EarningsReader earnings, CommissionRates rates,
                  InvariantChecker invariants, JournalEntryRepository entries, PayoutRepository payouts,
                  AccountService users, AuditService audit, LedgerSettings settings, Clock clock) {
        this.postings = postings;
        this.payoutDesk = payoutDesk;
        this.earnings = earnings;
        this.rates = rates;
        this.invariants = invariants;
        this.entries = entries;
        this.payouts = payouts;
        this.users = users;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    // ---- system postings -------------------------------------------------------------------

    /** Posts a sale once per reference; a repeat returns the existing entry and posts nothing. */
    @LedgerWrite
    public JournalEntryView recordPayment(PaymentPosting payment) {
        return postings.recordPayment(Objects.requireNonNull(payment, "payment"));
    }

    /**
     * Step 1 of 2 (optional): the refund was approved; the commission and creator parts move to
     * refunds payable, so the creator cannot withdraw money that is about to go back. Reference of
     * the entry: {@code "approved:" + refund.reference()}. After the refund completed it does nothing.
     */
    @LedgerWrite
    public JournalEntryView recordRefundApproved(RefundPosting refund) {
        return postings.recordRefundApproved(Objects.requireNonNull(refund, "refund"));
    }

    /**
     * The refund completed at the provider. After {@link #recordRefundApproved} it only moves the
     * money out of the clearing account; without one it posts the split and the clearing in one entry.
     */
    @LedgerWrite
    public JournalEntryView recordRefund(RefundPosting refund) {
        return postings.recordRefund(Objects.requireNonNull(refund, "refund"));
    }

    /** The provider finally refused an approved refund: the approval is reversed. Empty if none was posted. */
    @LedgerWrite
    public Optional<JournalEntryView> recordRefundFailed(String refundReference) {
        return postings.recordRefundFailed(refundReference);
    }

    // ---- admin corrections -----------------------------------------------------------------

    /** Posts the exact opposite of an entry, kept with the reason; the original stays as it is. */
    @LedgerWrite
    @RolesAllowed("ADMIN")
    public JournalEntryView reverse(String reference, String reason) {
        JournalEntryView reversal = postings.reverse(reference, reason);
        audit.record(new AuditRecord("ledger.reverse", "journal-entry", reference, "posted",
                "reversed by " + reversal.reference(), reason));
        return reversal;
    }

    @RolesAllowed("ADMIN")
    public Optional<JournalEntryView> entry(String reference) {
        return entries.findByReference(reference).map(JournalEntry::toView);
    }

    @RolesAllowed("ADMIN")
    public List<JournalEntryView> entriesOfOrder(String orderNo) {
        return entries.findByOrderNo(orderNo).stream().map(JournalEntry::toView).toList();
    }

    // ---- earnings ----------------------------------------------------------------------------

    /** A creator's balance: creators only their own, admins anyone's. */
    @RolesAllowed({"CREATOR", "ADMIN"})
    public CreatorBalance balanceOf(long creatorId) {
        requireOwnOrAdmin(creatorId);
        return earnings.balance(creatorId, clock.instant());
    }

    @RolesAllowed("CREATOR")
    public CreatorBalance myBalance() {
        return earnings.balance(CurrentUser.require().userId(), clock.instant());
    }

    /** Movements with {@code from ≤ at < to}, newest first. */
    @RolesAllowed({"CREATOR", "ADMIN"})
    public List<StatementLine> statement(long creatorId, Instant from, Instant to) {
        requireOwnOrAdmin(creatorId);
        return earnings.statement(creatorId, Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"));
    }

    @RolesAllowed("CREATOR")
    public List<StatementLine> myStatement(Instant from, Instant to) {
        return statement(CurrentUser.require().userId(), from, to);
    }

    /** Balance at another moment (tests of the settlement hold); the same rules as now. */
    CreatorBalance balanceAt(long creatorId, Instant at) {
        return earnings.balance(creatorId, at);
    }

    // ---- payouts -----------------------------------------------------------------------------

    /** The signed-in creator asks to be paid; at most what is available, one open request at a time. */
    @LedgerWrite
    @RolesAllowed("CREATOR")
    public PayoutView requestPayout(Money amount) {
        return view(payoutDesk.request(CurrentUser.require().userId(), amount));
    }

    @LedgerWrite
    @RolesAllowed("ADMIN")
    public PayoutView approvePayout(long id, String note) {
        return view(payoutDesk.approve(id, note));
    }

    @LedgerWrite
    @RolesAllowed("ADMIN")
    public PayoutView rejectPayout(long id, String note) {
        return view(payoutDesk.reject(id, note));
    }

    /** The money was sent: posts Dr creator payable / Cr payouts clearing. */
    @LedgerWrite
    @RolesAllowed("ADMIN")
    public PayoutView markPayoutPaid(long id, String bankReference) {
        return view(payoutDesk.markPaid(id, bankReference));
    }

    /** Payout requests with the given status, newest first; null = the latest 500 of any status. */
    @RolesAllowed("ADMIN")
    public List<PayoutView> payouts(PayoutStatus filter) {
        return (filter == null ? payouts.findTop500ByOrderByIdDesc() : payouts.findByStatusOrderByIdDesc(filter))
                .stream().map(this::view).toList();
    }

    @RolesAllowed("CREATOR")
    public List<PayoutView> myPayouts() {
        return payouts.findByCreatorIdOrderByIdDesc(CurrentUser.require().userId()).stream().map(this::view).toList();
    }

    public Money payoutMinimum() {
        return Money.fen(settings.payoutMinimumFen());
    }

    // ---- commission --------------------------------------------------------------------------

    public int defaultCommissionRate() {
        return settings.commissionRate();
    }

    @RolesAllowed("ADMIN")
    public List<CreatorRateView> creatorRates() {
        return rates.overrides();
    }

    /** Sets a creator's commission in basis points; applies to payments posted from now on. */
    @LedgerWrite
    @RolesAllowed("ADMIN")
    public CreatorRateView setCreatorRate(String creatorUsername, int basisPoints) {
        return rates.set(creatorUsername, basisPoints);
    }

    @LedgerWrite
    @RolesAllowed("ADMIN")
    public void removeCreatorRate(long creatorId) {
        rates.remove(creatorId);
    }

    // ---- invariants --------------------------------------------------------------------------

    /** Runs every check now and stores the result (the same job runs every 10 minutes). */
    @RolesAllowed("ADMIN")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public InvariantReport checkInvariants() {
        return invariants.run();
    }

    @RolesAllowed("ADMIN")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<InvariantReport> lastInvariantReport() {
        return invariants.last();
    }

    private PayoutView view(Payout p) {
        return p.toView(CreatorNames.of(users, p.getCreatorId()));
    }

    private static void requireOwnOrAdmin(long creatorId) {
        KnowPayPrincipal user = CurrentUser.require();
        if (!user.hasRole(Role.ADMIN) && user.userId() != creatorId) {
            throw DomainException.forbidden("ledger-not-your-earnings", "You can only see your own earnings.");
        }
    }
}
