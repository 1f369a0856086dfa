package com.knowpay.entitlement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One learner's right to one course; unique per (user, course). Revoked rows stay for history. */
@Entity
@Table(name = "entitlement")
class Entitlement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "course_title", nullable = false, length = 120)
    private String courseTitle;

    @Column(name = "order_no", nullable = false, length = 40)
    private String orderNo;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected Entitlement() {
    }

    Entitlement(long userId, long courseId, String courseTitle, String orderNo, Instant now) {
        this.userId = userId;
        this.courseId = courseId;
        this.courseTitle = courseTitle;
        this.orderNo = orderNo;
        this.grantedAt = now;
    }

    /** Granting again (a new order after a refund) re-activates the row. Same order twice changes nothing. */
    boolean grant(String orderNo, Instant now) {
        if (revokedAt == null) {
            return false;
        }
        this.orderNo = orderNo;
        this.grantedAt = now;
        this.revokedAt = null;
        return true;
    }

    /** Only the order that granted access can take it away. */
    boolean revoke(String orderNo, Instant now) {
        if (revokedAt != null || !this.orderNo.equals(orderNo)) {
            return false;
        }
        this.revokedAt = now;
        return true;
    }

    boolean isActive() {
        return revokedAt == null;
    }

    LibraryItem toItem() {
        return new LibraryItem(courseId, courseTitle, orderNo, grantedAt);
    }
}
