package com.knowpay.payment.fakes;

import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON WeChat Pay answers for an order ({@code Transaction}) and a refund ({@code Refund}). */
final class FakeWechatJson {

    private FakeWechatJson() {
    }

    static Map<String, Object> transaction(FakeWechatTrade trade) {
        Map<String, Object> tx = new LinkedHashMap<>();
        tx.put("appid", trade.appId);
        tx.put("mchid", FakeWechatPayServer.MCH_ID);
        tx.put("out_trade_no", trade.outTradeNo);
        if (trade.transactionId != null) {
            tx.put("transaction_id", trade.transactionId);
            tx.put("bank_type", "OTHERS");
            tx.put("success_time", FakeWechatPayServer.rfc3339(trade.successTime));
            tx.put("payer", Map.of("openid", "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"));
        }
        tx.put("trade_type", "NATIVE");
        tx.put("trade_state", trade.tradeState);
        tx.put("trade_state_desc", switch (trade.tradeState) {
            case "SUCCESS" -> "支付成功";
            case "REFUND" -> "转入退款";
            case "CLOSED" -> "已关闭";
            case "USERPAYING" -> "用户支付中";
            case "PAYERROR" -> "支付失败";
            default -> "未支付";
        });
        tx.put("attach", "");
        Map<String, Object> amount = new LinkedHashMap<>();
        amount.put("total", trade.total);
        amount.put("currency", "CNY");
        if (trade.transactionId != null) {
            amount.put("payer_total", trade.total);
            amount.put("payer_currency", "CNY");
        }
        tx.put("amount", amount);
        return tx;
    }

    static Map<String, Object> refund(FakeWechatTrade trade, FakeWechatTrade.Refund refund) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("refund_id", refund.refundId);
        r.put("out_refund_no", refund.outRefundNo);
        r.put("transaction_id", trade.transactionId);
        r.put("out_trade_no", trade.outTradeNo);
        r.put("channel", "ORIGINAL");
        r.put("user_received_account", "支付用户零钱");
        if (refund.successTime != null) {
            r.put("success_time", FakeWechatPayServer.rfc3339(refund.successTime));
        }
        r.put("create_time", FakeWechatPayServer.rfc3339(refund.createdAt));
        r.put("status", refund.status);
        r.put("funds_account", "AVAILABLE");
        Map<String, Object> amount = new LinkedHashMap<>();
        amount.put("total", trade.total);
        amount.put("refund", refund.refund);
        amount.put("payer_total", trade.total);
        amount.put("payer_refund", refund.refund);
        amount.put("settlement_refund", refund.refund);
        amount.put("settlement_total", trade.total);
        amount.put("discount_refund", 0);
        amount.put("currency", "CNY");
        r.put("amount", amount);
        return r;
    }
}
