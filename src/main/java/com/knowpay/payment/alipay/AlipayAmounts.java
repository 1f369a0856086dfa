package com.knowpay.payment.alipay;

import com.knowpay.payment.ChannelException;
import com.knowpay.payment.ChannelType;
import com.knowpay.shared.Money;

/** Money to and from Alipay's yuan strings ("99.00"), exactly or not at all. */
final class AlipayAmounts {

    private AlipayAmounts() {
    }

    static String toYuan(Money amount) {
        if (amount == null || amount.isZero()) {
            throw new ChannelException(ChannelType.ALIPAY, "INVALID_AMOUNT",
                    "Alipay needs an amount of at least 0.01 yuan, not " + amount, false);
        }
        return amount.toYuanString();
    }

    /** @return null for a blank value */
    static Money fromYuan(String yuan, String field) {
        if (yuan == null || yuan.isBlank()) {
            return null;
        }
        try {
            return Money.ofYuan(yuan);
        } catch (IllegalArgumentException e) {
            throw new ChannelException(ChannelType.ALIPAY, "INVALID_AMOUNT",
                    "Alipay reported " + field + " '" + yuan + "', which is not an exact amount in fen", false, e);
        }
    }
}
