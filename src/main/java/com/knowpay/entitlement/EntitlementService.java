package com.knowpay.entitlement;

import com.knowpay.catalog.CourseAccess;
import com.knowpay.shared.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Grants and checks access. Grant and revoke are idempotent: events may arrive more than once. */
@Service
@Transactional
public class EntitlementService implements CourseAccess {

    private final EntitlementRepository entitlements;
    private final Clock clock;

    EntitlementService(EntitlementRepository entitlements, Clock clock) {
        this.entitlements = entitlements;
        this.clock = clock;
    }

    /**
     * Joins the caller's transaction (the payment's), so access and money are recorded together.
     * A concurrent first grant of the same course surfaces as the unique key's
     * {@code DataIntegrityViolationException} at flush; the caller's retry then finds this grant.
     *
     * @return true if access was newly granted, false if the learner already had it.
     */
    public boolean grant(long userId, long courseId, String courseTitle, String orderNo) {
        Optional<Entitlement> existing = entitlements.findByUserIdAndCourseId(userId, courseId);
        if (existing.isPresent()) {
            return existing.get().grant(orderNo, clock.instant());
        }
        entitlements.save(new Entitlement(userId, courseId, courseTitle, orderNo, clock.instant()));
        return true;
    }

    /** Revokes access granted by this order (a full refund); other orders' grants are untouched. */
    public boolean revoke(long userId, long courseId, String orderNo) {
        return entitlements.findByUserIdAndCourseId(userId, courseId)
                .map(e -> e.revoke(orderNo, clock.instant())).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasAccess(long userId, long courseId) {
        return entitlements.findByUserIdAndCourseId(userId, courseId).map(Entitlement::isActive).orElse(false);
    }

    /** The signed-in learner's library. */
    @Transactional(readOnly = true)
    public List<LibraryItem> myLibrary() {
        return entitlements.findActive(CurrentUser.require().userId()).stream().map(Entitlement::toItem).toList();
    }
}
