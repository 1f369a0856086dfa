package com.knowpay.audit;

import com.knowpay.shared.security.CurrentUser;
import com.knowpay.shared.security.KnowPayPrincipal;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records privileged actions and lets admins browse them. */
@Service
@Transactional
public class AuditService {

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditService(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /**
     * Records an action by the signed-in user (or "system" for jobs) in the caller's transaction,
     * so the action and its audit entry commit or roll back together.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEntryView record(AuditRecord record) {
        KnowPayPrincipal actor = CurrentUser.get().orElse(null);
        return entries.save(new AuditEntry(clock.instant(), actor == null ? null : actor.userId(),
                actor == null ? "system" : actor.username(), record)).toView();
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public Page<AuditEntryView> search(AuditSearch search, int page, int size) {
        String text = search.text() == null || search.text().isBlank() ? null : search.text().strip().toLowerCase(Locale.ROOT);
        String type = search.targetType() == null || search.targetType().isBlank() ? null : search.targetType();
        return entries.search(text, type, search.from(), search.to(),
                        PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), 200), Sort.by(Sort.Direction.DESC, "id")))
                .map(AuditEntry::toView);
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<AuditEntryView> history(String targetType, String targetId) {
        return entries.findByTargetTypeAndTargetIdOrderByIdAsc(targetType, targetId).stream().map(AuditEntry::toView).toList();
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<String> targetTypes() {
        return entries.targetTypes();
    }
}
