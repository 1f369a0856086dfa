package com.knowpay.refund;

import com.knowpay.payment.ChannelType;
import com.knowpay.shared.Money;
import java.time.Instant;
import java.util.List;

/** A refund request as views, the REST API and other modules see it. */
public record RefundView(String refundNo, String orderNo, String paymentNo, ChannelType channel, long userId,
                         Money amount, Money orderAmount, String reason, Initiator initiatedBy, long requestedBy,
                         RefundStatus status, Long firstApprover, Long secondApprover, String notes,
                         String lastError, boolean retryable, Instant createdAt, Instant updatedAt,
                         Instant completedAt, List<RefundHistoryEntry> history) {

    public RefundView {
        history = List.copyOf(history);
    }
}
