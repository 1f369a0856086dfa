package com.knowpay.payment.wechat;

import com.knowpay.payment.ChannelException;
import com.knowpay.payment.ChannelType;
import com.knowpay.shared.Money;

/** WeChat Pay counts integer fen, as we do; only the currency and the int range need checking. */
final class WechatAmounts {

    static final String CNY = "CNY";

    private WechatAmounts() {
    }

    static int toFen(Money amount) {
        if (amount == null || amount.isZero()) {
            throw new ChannelException(ChannelType.WECHAT, "INVALID_AMOUNT",
                    "WeChat Pay needs an amount of at least 1 fen, not " + amount, false);
        }
        if (amount.fen() > Integer.MAX_VALUE) {
            throw new ChannelException(ChannelType.WECHAT, "INVALID_AMOUNT",
                    "WeChat Pay cannot take " + amount + " in one trade", false);
        }
        return (int) amount.fen();
    }

    /** @return null when WeChat Pay reported no amount */
    static Money fromFen(Number fen, String currency) {
        if (fen == null) {
            return null;
        }
        if (currency != null && !CNY.equals(currency)) {
            throw new ChannelException(ChannelType.WECHAT, "INVALID_AMOUNT",
                    "WeChat Pay reported an amount in " + currency + "; only CNY is sold", false);
        }
        try {
            return Money.fen(fen.longValue());
        } catch (IllegalArgumentException e) {
            throw new ChannelException(ChannelType.WECHAT, "INVALID_AMOUNT",
                    "WeChat Pay reported an impossible amount: " + fen + " fen", false, e);
        }
    }
}
