package com.knowpay.refund;

import com.knowpay.ledger.RefundFacts;
import com.knowpay.payment.ChannelType;
import com.knowpay.shared.Money;
import java.time.Instant;

/**
 * An approved refund failed for good (the provider refused or closed it): no money went back.
 * Published in that transaction, handled after commit: the ledger releases what the approval held.
 * A failure that may still work on a later call is not this event; the refund stays under way.
 */
public record RefundFailed(String refundNo, String orderNo, ChannelType channel, Money amount, String reason,
                           Instant failedAt) implements RefundFacts.FailedForGood {
}
