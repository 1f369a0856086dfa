package com.knowpay.ledger;

import com.knowpay.payment.ChannelType;
import com.knowpay.shared.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * A payment that landed, as the order/payment module reports it after commit.
 *
 * @param reference unique per business event, e.g. {@code "payment:" + paymentNo}; the same reference posts once
 * @param orderNo   the order paid; one payment posting per order
 * @param creatorId the creator who sold the course
 * @param gross     what the learner paid
 * @param paidAt    when the provider says the money arrived; the settlement hold runs from here
 * @param testMoney sandbox test money ({@link com.knowpay.payment.TestMoney}): posted to the test-money account,
 *                  never to commission or the creator; the ledger remembers it, so the order's refunds are too
 */
public record PaymentPosting(String reference, String orderNo, long creatorId, ChannelType channel, Money gross,
                             Instant paidAt, boolean testMoney) {

    /** Real money. */
    public PaymentPosting(String reference, String orderNo, long creatorId, ChannelType channel, Money gross,
                          Instant paidAt) {
        this(reference, orderNo, creatorId, channel, gross, paidAt, false);
    }

    public PaymentPosting {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(gross, "gross");
        Objects.requireNonNull(paidAt, "paidAt");
        LedgerChecks.requireReference(reference);
        LedgerChecks.requireOrderNo(orderNo);
        if (gross.isZero()) {
            throw new IllegalArgumentException("A payment of ¥0.00 cannot be posted");
        }
    }
}
