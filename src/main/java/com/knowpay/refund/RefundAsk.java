package com.knowpay.refund;

import com.knowpay.shared.Money;

/**
 * A request for (part of) an order's money.
 *
 * @param amount      null = everything still refundable
 * @param reason      required, at most 500 characters
 * @param overrideNote admins only: why the learner's window is overridden (required past the window)
 */
public record RefundAsk(Money amount, String reason, String overrideNote) {

    public static RefundAsk of(Money amount, String reason) {
        return new RefundAsk(amount, reason, null);
    }
}
