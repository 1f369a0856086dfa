package com.knowpay.refund;

import com.knowpay.ledger.RefundFacts;
import com.knowpay.payment.ChannelType;
import com.knowpay.shared.Money;
import java.time.Instant;

/**
 * A refund got its last approval and is about to go to the provider: the money is promised to the
 * learner. Published in that transaction, handled after commit: the ledger (listening through {@link RefundFacts}) holds the creator's
 * share so it cannot be paid out while the refund is under way.
 */
public record RefundApproved(String refundNo, String orderNo, long creatorId, ChannelType channel, Money amount,
                             Money orderGross, Instant approvedAt) implements RefundFacts.Approved {
}
