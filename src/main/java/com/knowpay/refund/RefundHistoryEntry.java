package com.knowpay.refund;

import java.time.Instant;

/** One move of a refund's status; {@code actorId} null = the system (provider answer, job). */
public record RefundHistoryEntry(RefundStatus from, RefundStatus to, Long actorId, String note, Instant at) {
}
