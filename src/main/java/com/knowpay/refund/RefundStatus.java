package com.knowpay.refund;

/**
 * <pre>
 * REQUESTED ──approve (≤ threshold)──▶ APPROVED ──provider call──▶ PROCESSING ──▶ SUCCEEDED
 *     │      └─approve (> threshold)─▶ AWAITING_SECOND_APPROVAL ──second admin──▶ APPROVED     │
 *     └──reject──▶ REJECTED  (also from AWAITING_SECOND_APPROVAL)                             ▼
 *                                                     FAILED ──retry (same refund number)──▶ PROCESSING
 * </pre>
 */
public enum RefundStatus {
    REQUESTED, AWAITING_SECOND_APPROVAL, APPROVED, REJECTED, PROCESSING, SUCCEEDED, FAILED;

    /** Still waiting for an admin's decision. */
    public boolean isPending() {
        return this == REQUESTED || this == AWAITING_SECOND_APPROVAL;
    }
}
