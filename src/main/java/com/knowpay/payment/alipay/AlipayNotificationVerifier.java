package com.knowpay.payment.alipay;

import com.alipay.api.AlipayApiException;
import com.alipay.api.internal.util.AlipaySignature;
import com.knowpay.payment.ChannelException;
import com.knowpay.payment.NotificationRejectedException;
import com.knowpay.payment.NotificationRejectedException.Reason;
import com.knowpay.payment.NotificationRequest;
import com.knowpay.payment.ProviderTrade;
import com.knowpay.payment.TradeState;
import com.knowpay.payment.VerifiedNotification.TradeNotification;
import com.knowpay.shared.Money;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Verifies an Alipay async notification (RSA2 over the sorted form parameters, Alipay public key),
 * checks it is for our app and seller, and reads the trade out of it.
 */
final class AlipayNotificationVerifier {

    private final AlipayAccount account;

    AlipayNotificationVerifier(AlipayAccount account) {
        this.account = account;
    }

    TradeNotification verify(NotificationRequest request) {
        Map<String, String> params = request.params() == null ? Map.of() : request.params();
        if (blank(params.get("sign"))) {
            throw new NotificationRejectedException(Reason.BAD_SIGNATURE, "Alipay notification carries no signature");
        }
        if (!signatureHolds(params)) {
            throw new NotificationRejectedException(Reason.BAD_SIGNATURE,
                    "Alipay notification signature does not verify with the Alipay public key");
        }
        if (!account.appId().equals(params.get("app_id"))) {
            throw new NotificationRejectedException(Reason.WRONG_MERCHANT,
                    "Alipay notification is for app " + Masked.id(params.get("app_id")) + ", not ours");
        }
        if (account.sellerId() != null && !account.sellerId().equals(params.get("seller_id"))) {
            throw new NotificationRejectedException(Reason.WRONG_MERCHANT,
                    "Alipay notification is for seller " + Masked.id(params.get("seller_id")) + ", not ours");
        }
        return read(params);
    }

    private boolean signatureHolds(Map<String, String> params) {
        try {
            // rsaCheckV1 removes sign and sign_type from the map it is given: hand it a copy
            return AlipaySignature.rsaCheckV1(new HashMap<>(params), account.alipayPublicKey(), "UTF-8", "RSA2");
        } catch (AlipayApiException | RuntimeException e) {
            return false;
        }
    }

    private TradeNotification read(Map<String, String> params) {
        String outTradeNo = require(params, "out_trade_no");
        String tradeNo = require(params, "trade_no");
        String status = require(params, "trade_status");
        Money total;
        Instant paidAt;
        try {
            total = AlipayAmounts.fromYuan(require(params, "total_amount"), "total_amount");
            paidAt = AlipayTime.parse(params.get("gmt_payment"));
        } catch (ChannelException | DateTimeParseException e) {
            throw new NotificationRejectedException(Reason.MALFORMED,
                    "Alipay notification has an unreadable amount or time: " + e.getMessage());
        }
        boolean refunded = !blank(params.get("refund_fee")) || !blank(params.get("gmt_refund"));
        TradeState state = AlipayTradeStates.fromNotification(status, refunded, paidAt != null);
        ProviderTrade trade = new ProviderTrade(outTradeNo, state, tradeNo, total,
                state == TradeState.PAID || state == TradeState.REFUNDED ? paidAt : null);
        return new TradeNotification(inboxKey(params, tradeNo, status), trade, signedContent(params));
    }

    /** The same notification retried gives the same key; each partial refund's re-notification its own. */
    private static String inboxKey(Map<String, String> params, String tradeNo, String status) {
        StringBuilder key = new StringBuilder("ALIPAY:").append(tradeNo).append(':').append(status);
        if (!blank(params.get("refund_fee"))) {
            key.append(':').append(params.get("refund_fee"));
        }
        if (!blank(params.get("gmt_refund"))) {
            key.append(':').append(params.get("gmt_refund"));
        }
        return key.toString();
    }

    private static String signedContent(Map<String, String> params) {
        return new TreeMap<>(params).entrySet().stream()
                .filter(e -> !e.getKey().equals("sign") && !e.getKey().equals("sign_type") && !blank(e.getValue()))
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
    }

    private static String require(Map<String, String> params, String name) {
        String value = params.get(name);
        if (blank(value)) {
            throw new NotificationRejectedException(Reason.MALFORMED, "Alipay notification lacks " + name);
        }
        return value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
