package com.knowpay.risk;

import java.time.Instant;

/** One entry of the review queue (staff only: it carries the rule and the evidence). */
public record ReviewItem(long id, long decisionId, SubjectType subjectType, String subjectRef, long userId, String rule,
                         String evidence, Status status, Instant createdAt, Instant resolvedAt, String resolvedBy,
                         String note) {

    public enum Status {
        PENDING, APPROVED, REJECTED
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }
}
