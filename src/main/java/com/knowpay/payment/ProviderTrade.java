package com.knowpay.payment;

import com.knowpay.shared.Money;
import java.time.Instant;

/**
 * A trade as the provider reports it (query answer or notification).
 *
 * @param providerTradeNo the provider's own id (Alipay {@code trade_no}, WeChat {@code transaction_id}); null if none yet
 * @param amount          what the provider says was (or is to be) paid; null if unknown
 * @param paidAt          when it was paid; null unless paid
 */
public record ProviderTrade(String outTradeNo, TradeState state, String providerTradeNo, Money amount, Instant paidAt) {

    public static ProviderTrade notFound(String outTradeNo) {
        return new ProviderTrade(outTradeNo, TradeState.NOT_FOUND, null, null, null);
    }

    public boolean isPaid() {
        return state == TradeState.PAID || state == TradeState.REFUNDED;
    }
}
