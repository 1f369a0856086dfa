package com.knowpay.reconciliation;

import com.knowpay.payment.ChannelType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Refunds made by people (the refund module), for matching against the providers' bills. The
 * refund module implements this as a bean; without one, reconciliation matches only the payment
 * core's automatic refunds and says so on each run.
 */
public interface RefundRecordSource {

    /** Refunds of the channel that completed (succeeded or failed for good) in [from, to). */
    List<LocalRefundRecord> refundsCompletedBetween(Instant from, Instant to, ChannelType channel);

    /** One refund by its {@code out_refund_no}. */
    Optional<LocalRefundRecord> byRefundNo(String refundNo);
}
