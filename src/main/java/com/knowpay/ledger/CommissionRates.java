package com.knowpay.ledger;

import com.knowpay.account.AccountService;
import com.knowpay.account.UserView;
import com.knowpay.audit.AuditRecord;
import com.knowpay.audit.AuditService;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.security.CurrentUser;
import com.knowpay.shared.security.KnowPayPrincipal;
import com.knowpay.shared.security.Role;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/** The platform rate from settings and the per-creator overrides admins set (audited). */
@Component
class CommissionRates {

    private final CreatorRateRepository overrides;
    private final AccountService users;
    private final AuditService audit;
    private final LedgerSettings settings;
    private final Clock clock;

    CommissionRates(CreatorRateRepository overrides, AccountService users, AuditService audit, LedgerSettings settings,
                    Clock clock) {
        this.overrides = overrides;
        this.users = users;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    int rateFor(long creatorId) {
        return overrides.findById(creatorId).map(CreatorRate::getRateBp).orElse(settings.commissionRate());
    }

    List<CreatorRateView> overrides() {
        return overrides.findAllByOrderByCreatorIdAsc().stream().map(r -> r.toView(CreatorNames.of(users, r.getCreatorId()))).toList();
    }

    CreatorRateView set(String creatorUsername, int basisPoints) {
        if (basisPoints < 0 || basisPoints > Commission.FULL) {
            throw DomainException.invalid("ledger-rate-range", "A commission rate is between 0.00 % and 100.00 %.");
        }
        UserView creator = users.findByUsername(creatorUsername == null ? "" : creatorUsername.strip())
                .filter(u -> u.role() == Role.CREATOR)
                .orElseThrow(() -> DomainException.notFound("ledger-creator-not-found",
                        "There is no creator with the username " + creatorUsername + "."));
        String by = CurrentUser.get().map(KnowPayPrincipal::username).orElse("system");
        CreatorRate rate = overrides.findById(creator.id()).orElse(null);
        String before = rate == null ? "default " + Commission.percent(settings.commissionRate()) : Commission.percent(rate.getRateBp());
        if (rate == null) {
            rate = overrides.save(new CreatorRate(creator.id(), basisPoints, by, clock.instant()));
        } else {
            rate.change(basisPoints, by, clock.instant());
        }
        audit.record(AuditRecord.of("ledger.rate.set", "creator", String.valueOf(creator.id()), before,
                Commission.percent(basisPoints)));
        return rate.toView(creator.displayName());
    }

    void remove(long creatorId) {
        CreatorRate rate = overrides.findById(creatorId).orElseThrow(() -> DomainException.notFound(
                "ledger-rate-not-found", "Creator " + creatorId + " has no commission override."));
        overrides.delete(rate);
        audit.record(AuditRecord.of("ledger.rate.remove", "creator", String.valueOf(creatorId),
                Commission.percent(rate.getRateBp()), "default " + Commission.percent(settings.commissionRate())));
    }
}
