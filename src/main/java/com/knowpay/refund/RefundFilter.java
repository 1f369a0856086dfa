package com.knowpay.refund;

import java.util.EnumSet;
import java.util.Set;

/** The admin queue's status filter. */
public enum RefundFilter {
    PENDING(EnumSet.of(RefundStatus.REQUESTED, RefundStatus.AWAITING_SECOND_APPROVAL)),
    APPROVED(EnumSet.of(RefundStatus.APPROVED)),
    REJECTED(EnumSet.of(RefundStatus.REJECTED)),
    PROCESSING(EnumSet.of(RefundStatus.PROCESSING)),
    SUCCEEDED(EnumSet.of(RefundStatus.SUCCEEDED)),
    FAILED(EnumSet.of(RefundStatus.FAILED)),
    ALL(EnumSet.allOf(RefundStatus.class));

    private final Set<RefundStatus> statuses;

    RefundFilter(Set<RefundStatus> statuses) {
        this.statuses = statuses;
    }

    public Set<RefundStatus> statuses() {
        return statuses;
    }
}
