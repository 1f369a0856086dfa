package com.knowpay.refund;

import com.knowpay.payment.ChannelType;
import com.knowpay.shared.Money;
import java.time.Instant;

/**
 * A refund completed at the provider and was applied to its order. Published in that transaction,
 * handled after commit: ledger posting, entitlement (revoked only when {@code fullyRefunded}), risk.
 */
public record RefundSucceeded(String refundNo, String orderNo, long userId, long courseId, long creatorId,
                              ChannelType channel, Money amount, Money orderGross, boolean fullyRefunded,
                              Instant refundedAt) {
}
