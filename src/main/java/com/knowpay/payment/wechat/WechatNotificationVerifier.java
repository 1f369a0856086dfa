package com.knowpay.payment.wechat;

import com.knowpay.payment.ChannelException;
import com.knowpay.payment.NotificationRejectedException;
import com.knowpay.payment.NotificationRejectedException.Reason;
import com.knowpay.payment.NotificationRequest;
import com.knowpay.payment.ProviderTrade;
import com.knowpay.payment.RefundOutcome;
import com.knowpay.payment.TradeState;
import com.knowpay.payment.VerifiedNotification;
import com.knowpay.payment.VerifiedNotification.RefundNotification;
import com.knowpay.payment.VerifiedNotification.TradeNotification;
import com.knowpay.shared.Money;
import com.wechat.pay.java.core.exception.DecryptionException;
import com.wechat.pay.java.core.exception.MalformedMessageException;
import com.wechat.pay.java.core.exception.ValidationException;
import com.wechat.pay.java.core.notification.NotificationParser;
import com.wechat.pay.java.core.notification.RequestParam;
import com.wechat.pay.java.core.util.GsonUtil;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import com.wechat.pay.java.service.payments.model.Transaction;
import com.wechat.pay.java.service.refund.model.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Verifies a WeChat Pay v3 notification: timestamp fresh (the SDK does not check it), signature
 * over {@code timestamp\nnonce\nbody\n} with the WeChat Pay public key, resource decrypted with
 * the APIv3 key, merchant and app ours. Payment ({@code TRANSACTION.*}) and refund
 * ({@code REFUND.*}) notifications are told apart by their {@code event_type}.
 */
final class WechatNotificationVerifier {

    static final Duration MAX_SKEW = Duration.ofMinutes(5);
    private static final String SIGN_TYPE = "WECHATPAY2-SHA256-RSA2048";

    private final WechatAccount account;
    private final NotificationParser parser;
    private final Clock clock;

    WechatNotificationVerifier(WechatAccount account, NotificationParser parser, Clock clock) {
        this.account = account;
        this.parser = parser;
        this.clock = clock;
    }

    VerifiedNotification verify(NotificationRequest request) {
        String timestamp = request.header("Wechatpay-Timestamp");
        String nonce = request.header("Wechatpay-Nonce");
        String signature = request.header("Wechatpay-Signature");
        String serial = request.header("Wechatpay-Serial");
        String body = request.body();
        if (blank(timestamp) || blank(nonce) || blank(signature) || blank(serial) || blank(body)) {
            throw rejected(Reason.BAD_SIGNATURE, "WeChat Pay notification lacks its Wechatpay-* headers or body");
        }
        requireFresh(timestamp);
        requireBase64(signature);
        if (!account.publicKeyId().equals(serial)) {
            throw rejected(Reason.BAD_SIGNATURE, "WeChat Pay notification is signed with key " + serial
                    + ", not with our WeChat Pay public key " + account.publicKeyId());
        }
        RequestParam param = new RequestParam.Builder().serialNumber(serial).nonce(nonce).signature(signature)
                .timestamp(timestamp).signType(SIGN_TYPE).body(body).build();
        // event_type is read before verification only to pick the resource type; the signature covers it
        boolean refund = eventType(body).startsWith("REFUND.");
        try {
            return refund ? refund(decrypt(param, MerchantRefundNotification.class))
                    : payment(decrypt(param, Transaction.class));
        } catch (ChannelException | DateTimeParseException | IllegalArgumentException e) {
            throw rejected(Reason.MALFORMED, "WeChat Pay notification content cannot be read: " + e.getMessage());
        }
    }

    private void requireFresh(String timestamp) {
        Instant sent;
        try {
            sent = Instant.ofEpochSecond(Long.parseLong(timestamp.trim()));
        } catch (NumberFormatException e) {
            throw rejected(Reason.MALFORMED, "Wechatpay-Timestamp is not a number of seconds");
        }
        Duration skew = Duration.between(sent, clock.instant()).abs();
        if (skew.compareTo(MAX_SKEW) > 0) {
            throw rejected(Reason.STALE, "WeChat Pay notification timestamp is " + skew.toSeconds()
                    + " s away from now (at most " + MAX_SKEW.toSeconds() + " s): a replay or a wrong clock");
        }
    }

    private static void requireBase64(String signature) {
        try {
            Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            throw rejected(Reason.BAD_SIGNATURE, "Wechatpay-Signature is not base64");
        }
    }

    private <T> T decrypt(RequestParam param, Class<T> type) {
        try {
            return parser.parse(param, type);
        } catch (ValidationException e) {
            throw rejected(Reason.BAD_SIGNATURE, "WeChat Pay notification signature does not verify");
        } catch (DecryptionException e) {
            throw rejected(Reason.BAD_SIGNATURE, "WeChat Pay notification resource does not decrypt with our APIv3 key");
        } catch (MalformedMessageException | IllegalArgumentException e) {
            throw rejected(Reason.MALFORMED, "WeChat Pay notification is not a well-formed v3 notification");
        } catch (RuntimeException e) {
            // the SDK's Gson failing on a resource that is not the expected JSON
            throw rejected(Reason.MALFORMED, "WeChat Pay notification resource is not the expected JSON ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private void requireOurs(String mchId, String appId, String kind) {
        if (!account.mchId().equals(mchId)) {
            throw rejected(Reason.WRONG_MERCHANT, "WeChat Pay " + kind + " notification is for merchant "
                    + Masked.id(mchId) + ", not ours");
        }
        if (appId != null && !account.appId().equals(appId)) {
            throw rejected(Reason.WRONG_MERCHANT, "WeChat Pay " + kind + " notification is for app "
                    + Masked.id(appId) + ", not ours");
        }
    }

    private static String eventType(String body) {
        try {
            return JsonMapper.shared().readTree(body).path("event_type").asString("");
        } catch (JacksonException e) {
            throw rejected(Reason.MALFORMED, "WeChat Pay notification body is not JSON");
        }
    }

    private TradeNotification payment(Transaction tx) {
        requireOurs(tx.getMchid(), tx.getAppid(), "payment");
        if (tx.getAppid() == null) {
            throw rejected(Reason.WRONG_MERCHANT, "WeChat Pay payment notification names no app id");
        }
        String transactionId = require(tx.getTransactionId(), "transaction_id");
        String outTradeNo = require(tx.getOutTradeNo(), "out_trade_no");
        require(tx.getTradeState() == null ? null : tx.getTradeState().name(), "trade_state");
        TradeState state = WechatTradeStates.of(tx.getTradeState());
        Money amount = tx.getAmount() == null ? null
                : WechatAmounts.fromFen(tx.getAmount().getTotal(), tx.getAmount().getCurrency());
        Instant paidAt = state == TradeState.PAID || state == TradeState.REFUNDED
                ? WechatTime.parse(tx.getSuccessTime()) : null;
        ProviderTrade trade = new ProviderTrade(outTradeNo, state, transactionId, amount, paidAt);
        return new TradeNotification("WECHAT:" + transactionId + ":" + tx.getTradeState().name(), trade,
                GsonUtil.toJson(tx));
    }

    private RefundNotification refund(MerchantRefundNotification n) {
        requireOurs(n.getMchid(), null, "refund");
        String refundId = require(n.getRefundId(), "refund_id");
        Status status = n.getRefundStatus();
        require(status == null ? null : status.name(), "refund_status");
        Money amount = n.getAmount() == null ? null : WechatAmounts.fromFen(n.getAmount().getRefund(), null);
        RefundOutcome.Status outcome = WechatTradeStates.of(status);
        Instant completedAt = outcome == RefundOutcome.Status.SUCCEEDED ? WechatTime.parse(n.getSuccessTime()) : null;
        return new RefundNotification("WECHAT-REFUND:" + refundId + ":" + status.name(),
                require(n.getOutTradeNo(), "out_trade_no"), require(n.getOutRefundNo(), "out_refund_no"), refundId,
                outcome, amount, completedAt, GsonUtil.toJson(n));
    }

    private static String require(String value, String field) {
        if (blank(value)) {
            throw rejected(Reason.MALFORMED, "WeChat Pay notification lacks " + field);
        }
        return value;
    }

    private static NotificationRejectedException rejected(Reason reason, String message) {
        return new NotificationRejectedException(reason, message);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
