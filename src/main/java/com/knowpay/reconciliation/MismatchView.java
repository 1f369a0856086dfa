package com.knowpay.reconciliation;

import com.knowpay.payment.ChannelType;
import com.knowpay.shared.Money;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One queue item.
 *
 * @param reference      what the item is keyed by: out_trade_no, out_refund_no, provider trade no or order no
 * @param providerAmount what the bill says; null if the bill lacks it
 * @param localAmount    what we recorded; null if we have no record
 */
public record MismatchView(long id, ChannelType channel, LocalDate date, MismatchType type, String reference,
                           String orderNo, String paymentNo, String refundNo, String providerTradeNo,
                           Money providerAmount, Money localAmount, String detail, MismatchStatus status,
                           Resolution resolution, String note, String resolvedBy, Instant resolvedAt,
                           Instant detectedAt) {

    public boolean isOpen() {
        return status == MismatchStatus.OPEN;
    }
}
