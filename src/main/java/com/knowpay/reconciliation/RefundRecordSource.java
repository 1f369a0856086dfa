package com.knowpay.reconciliation;

import com.knowpay.payment.ChannelType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Refunds made by people (learners' and admins' refunds), for matching against the providers'
 * bills next to the payment core's automatic refunds. The refund module implements it as a bean:
 * it owns the data, and refund → reconciliation keeps the module graph acyclic.
 */
public interface RefundRecordSource {

    /** Refunds of the channel that completed (succeeded or failed for good) in [from, to). */
    List<LocalRefundRecord> refundsCompletedBetween(Instant from, Instant to, ChannelType channel);

    /** One refund by its {@code out_refund_no}. */
    Optional<LocalRefundRecord> byRefundNo(String refundNo);
}
