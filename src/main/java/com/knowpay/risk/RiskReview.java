package com.knowpay.risk;

import com.knowpay.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A held subject waiting for an admin: PENDING → APPROVED | REJECTED, once. */
@Entity
@Table(name = "risk_review")
class RiskReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "decision_id", nullable = false)
    private long decisionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, length = 10)
    private SubjectType subjectType;

    @Column(name = "subject_ref", length = 64)
    private String subjectRef;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "rule_code", nullable = false, length = 40)
    private String rule;

    @Column(length = RiskDecisionEntry.EVIDENCE_MAX)
    private String evidence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReviewItem.Status status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by_id")
    private Long resolvedById;

    @Column(name = "resolved_by", length = 60)
    private String resolvedBy;

    @Column(length = 1000)
    private String note;

    @Version
    private long version;

    protected RiskReview() {
    }

    RiskReview(long decisionId, Subject subject, String rule, String evidence, Instant createdAt) {
        this.decisionId = decisionId;
        this.subjectType = subject.type();
        this.subjectRef = subject.ref();
        this.userId = subject.userId();
        this.rule = rule;
        this.evidence = evidence;
        this.status = ReviewItem.Status.PENDING;
        this.createdAt = createdAt;
    }

    void approve(long adminId, String adminName, String note, Instant at) {
        resolve(ReviewItem.Status.APPROVED, adminId, adminName, note, at);
    }

    void reject(long adminId, String adminName, String note, Instant at) {
        resolve(ReviewItem.Status.REJECTED, adminId, adminName, note, at);
    }

    private void resolve(ReviewItem.Status outcome, long adminId, String adminName, String note, Instant at) {
        if (status != ReviewItem.Status.PENDING) {
            throw DomainException.conflict("risk-review-resolved",
                    "This review was already " + status.name().toLowerCase() + "; refresh the queue.");
        }
        if (adminId == userId) {
            throw DomainException.forbidden("risk-review-own", "You cannot resolve a review about your own account.");
        }
        this.status = outcome;
        this.resolvedById = adminId;
        this.resolvedBy = adminName;
        this.note = note;
        this.resolvedAt = at;
    }

    ReviewItem.Status getStatus() {
        return status;
    }

    ReviewItem toItem() {
        return new ReviewItem(id, decisionId, subjectType, subjectRef, userId, rule, evidence, status, createdAt,
                resolvedAt, resolvedBy, note);
    }
}
