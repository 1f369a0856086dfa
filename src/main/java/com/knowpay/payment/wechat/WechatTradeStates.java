package com.knowpay.payment.wechat;

import com.knowpay.payment.RefundOutcome;
import com.knowpay.payment.TradeState;
import com.wechat.pay.java.service.payments.model.Transaction.TradeStateEnum;
import com.wechat.pay.java.service.refund.model.Status;

/** WeChat Pay's {@code trade_state} and refund {@code status} in our words. */
final class WechatTradeStates {

    private WechatTradeStates() {
    }

    static TradeState of(TradeStateEnum state) {
        if (state == null) {
            return TradeState.WAITING;
        }
        return switch (state) {
            case SUCCESS -> TradeState.PAID;
            case REFUND -> TradeState.REFUNDED;
            case NOTPAY, USERPAYING, ACCEPT -> TradeState.WAITING;
            case CLOSED, REVOKED -> TradeState.CLOSED;
            case PAYERROR -> TradeState.FAILED;
        };
    }

    static RefundOutcome.Status of(Status status) {
        if (status == null) {
            return RefundOutcome.Status.PROCESSING;
        }
        return switch (status) {
            case SUCCESS -> RefundOutcome.Status.SUCCEEDED;
            case PROCESSING -> RefundOutcome.Status.PROCESSING;
            case CLOSED, ABNORMAL -> RefundOutcome.Status.FAILED;
        };
    }
}
