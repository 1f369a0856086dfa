package com.knowpay.ledger;

import com.knowpay.audit.AuditRecord;
import com.knowpay.audit.AuditService;
import com.knowpay.shared.BusinessNumbers;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.Money;
import com.knowpay.shared.security.CurrentUser;
import com.knowpay.shared.security.KnowPayPrincipal;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Payout requests and their decisions. A request and the "paid" posting both take the creator's
 * lock and re-check the available balance inside it, so racing requests can never take out
 * more than is available; the UNIQUE open key keeps one open request per creator.
 */
@Component
class PayoutDesk {

    private final PayoutRepository payouts;
    private final CreatorStates states;
    private final Journal journal;
    private final AuditService audit;
    private final LedgerSettings settings;
    private final Clock clock;

    PayoutDesk(PayoutRepository payouts, CreatorStates states, Journal journal, AuditService audit,
               LedgerSettings settings, Clock clock) {
        this.payouts = payouts;
        this.states = states;
        this.journal = journal;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    Payout request(long creatorId, Money amount) {
        Money minimum = Money.fen(settings.payoutMinimumFen());
        if (amount == null || minimum.isGreaterThan(amount)) {
            throw DomainException.invalid("ledger-payout-below-minimum", "The smallest payout is " + minimum + ".");
        }
        states.lock(creatorId);
        payouts.findByOpenKey(creatorId).ifPresent(open -> {
            throw DomainException.conflict("ledger-payout-open", "Payout request " + open.getPayoutNo()
                    + " is still open; wait until it is paid or rejected before asking again.");
        });
        Instant now = now();
        long available = states.position(creatorId, now).available(now);
        if (amount.fen() > available) {
            throw DomainException.conflict("ledger-payout-exceeds-available", "You can request at most "
                    + Money.fen(Math.max(0, available)) + " now: that is your available balance.");
        }
        return payouts.saveAndFlush(new Payout(BusinessNumbers.next('W', clock), creatorId, amount.fen(), now));
    }

    Payout approve(long id, String note) {
        Payout payout = find(id);
        PayoutStatus before = payout.getStatus();
        payout.approve(actor(), note, now());
        audited("ledger.payout.approve", payout, before, note);
        return payout;
    }

    Payout reject(long id, String note) {
        if (note == null || note.isBlank()) {
            throw DomainException.invalid("ledger-note-required", "Say why the payout is rejected; the creator sees it.");
        }
        Payout payout = find(id);
        PayoutStatus before = payout.getStatus();
        payout.reject(actor(), note, now());
        audited("ledger.payout.reject", payout, before, note);
        return payout;
    }

    Payout markPaid(long id, String bankReference) {
        String ref = bankReference == null ? "" : bankReference.strip();
        if (ref.isEmpty() || ref.length() > 64) {
            throw DomainException.invalid("ledger-bank-reference-required", "Enter the bank transfer's reference (at most 64 characters).");
        }
        long creatorId = payouts.creatorOf(id).orElseThrow(() -> DomainException.notFound("ledger-payout-not-found",
                "Payout request " + id + " does not exist."));
        CreatorState state = states.lock(creatorId);
        Payout payout = find(id);
        if (payout.getStatus() != PayoutStatus.APPROVED) {
            throw DomainException.conflict("ledger-payout-state", "Payout " + payout.getPayoutNo() + " is "
                    + payout.getStatus() + "; only an approved payout can be marked paid.");
        }
        payouts.findByBankReference(ref).ifPresent(other -> {
            throw DomainException.conflict("ledger-bank-reference-used", "Bank reference " + ref
                    + " already belongs to payout " + other.getPayoutNo() + ".");
        });
        Instant now = now();
        CreatorPosition position = states.position(creatorId, now);
        if (payout.getAmountFen() > position.available(now)) {
            throw DomainException.conflict("ledger-payout-exceeds-available", "The creator's available balance ("
                    + Money.fen(Math.max(0, position.available(now))) + ") is now less than this payout, after refunds;"
                    + " reject it and ask for a new request.");
        }
        EntryDraft draft = PostingRules.payout(payout.getPayoutNo(), creatorId, payout.getAmountFen(), ref, now);
        JournalEntry entry = journal.append(draft, state, position, payout.getAmountFen(), null, now);
        payout.markPaid(ref, entry.getId(), now);
        payouts.saveAndFlush(payout);
        audited("ledger.payout.paid", payout, PayoutStatus.APPROVED, "bank reference " + ref);
        return payout;
    }

    Money openAmount(long creatorId) {
        return payouts.findByOpenKey(creatorId).map(p -> Money.fen(p.getAmountFen())).orElse(Money.zero());
    }

    private Payout find(long id) {
        return payouts.findById(id).orElseThrow(() -> DomainException.notFound("ledger-payout-not-found",
                "Payout request " + id + " does not exist."));
    }

    private void audited(String action, Payout payout, PayoutStatus before, String note) {
        audit.record(new AuditRecord(action, "payout", payout.getPayoutNo(), before.name(),
                payout.getStatus() + " " + Money.fen(payout.getAmountFen()) + " creator " + payout.getCreatorId(), note));
    }

    private static String actor() {
        return CurrentUser.get().map(KnowPayPrincipal::username).orElse("system");
    }

    private Instant now() {
        return Times.micros(clock.instant());
    }
}
