package com.knowpay.payment.alipay;

import com.knowpay.payment.TradeState;

/** Alipay's {@code trade_status} in our words. Only TRADE_SUCCESS and TRADE_FINISHED mean paid. */
final class AlipayTradeStates {

    private AlipayTradeStates() {
    }

    /**
     * @param wasPaid whether the trade shows it was paid once (a payment time), so a closed trade is
     *                a refunded one
     */
    static TradeState fromQuery(String status, boolean wasPaid) {
        return switch (status == null ? "" : status) {
            case "WAIT_BUYER_PAY" -> TradeState.WAITING;
            case "TRADE_SUCCESS", "TRADE_FINISHED" -> TradeState.PAID;
            case "TRADE_CLOSED" -> wasPaid ? TradeState.REFUNDED : TradeState.CLOSED;
            default -> TradeState.WAITING;
        };
    }

    /** A notification with refund_fee/gmt_refund reports a (partial) refund of a paid trade. */
    static TradeState fromNotification(String status, boolean refunded, boolean wasPaid) {
        TradeState state = fromQuery(status, wasPaid || refunded);
        return state == TradeState.PAID && refunded ? TradeState.REFUNDED : state;
    }
}
