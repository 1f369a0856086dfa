package com.knowpay.payment.sandbox;

import com.knowpay.payment.Bill;
import com.knowpay.payment.ChannelType;
import com.knowpay.payment.CloseOutcome;
import com.knowpay.payment.CreatePayment;
import com.knowpay.payment.NotificationRejectedException;
import com.knowpay.payment.NotificationRejectedException.Reason;
import com.knowpay.payment.NotificationRequest;
import com.knowpay.payment.PaymentChannel;
import com.knowpay.payment.ProviderTrade;
import com.knowpay.payment.QrPayment;
import com.knowpay.payment.RefundOutcome;
import com.knowpay.payment.ProviderRefundCall;
import com.knowpay.payment.TradeState;
import com.knowpay.payment.VerifiedNotification;
import com.knowpay.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sandbox as a channel: the core talks to it exactly as to Alipay. Notifications are verified
 * with the fake provider's public key (RSA2 over the sorted parameters), then app id and merchant
 * id are checked; amounts are checked against our own records by the core.
 */
class SandboxChannel implements PaymentChannel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final SandboxProvider provider;
    private final SandboxKeys keys;
    private final SandboxSettings settings;
    private final SandboxUrls urls;

    SandboxChannel(SandboxProvider provider, SandboxKeys keys, SandboxSettings settings, SandboxUrls urls) {
        this.provider = provider;
        this.keys = keys;
        this.settings = settings;
        this.urls = urls;
    }

    @Override
    public ChannelType type() {
        return ChannelType.SANDBOX;
    }

    @Override
    public boolean testMoney() {
        return settings.testMoney();
    }

    @Override
    public QrPayment createQrPayment(CreatePayment request) {
        provider.create(request);
        return new QrPayment(urls.walletUrl(request.outTradeNo()));
    }

    @Override
    public ProviderTrade query(String outTradeNo) {
        return provider.query(outTradeNo);
    }

    @Override
    public CloseOutcome close(String outTradeNo) {
        return provider.close(outTradeNo);
    }

    @Override
    public VerifiedNotification verify(NotificationRequest request) {
        Map<String, String> p = new TreeMap<>(request.params() == null ? Map.of() : request.params());
        if (!SandboxSignature.verify(p, keys.providerPublicKey())) {
            throw new NotificationRejectedException(Reason.BAD_SIGNATURE, "sandbox signature does not verify");
        }
        if (!settings.appId().equals(p.get("app_id")) || !settings.sellerId().equals(p.get("seller_id"))) {
            throw new NotificationRejectedException(Reason.WRONG_MERCHANT,
                    "app_id/seller_id are not ours: " + p.get("app_id") + "/" + p.get("seller_id"));
        }
        ProviderTrade trade = new ProviderTrade(required(p, "out_trade_no"), state(required(p, "trade_status")),
                required(p, "trade_no"), amount(p), paidAt(p.get("gmt_payment")));
        String raw = SandboxSignature.content(p);
        return new VerifiedNotification.TradeNotification(VerifiedNotification.tradeInboxKey(trade), trade, raw);
    }

    @Override
    public RefundOutcome refund(ProviderRefundCall request) {
        return provider.refund(request);
    }

    @Override
    public RefundOutcome queryRefund(String outTradeNo, String outRefundNo) {
        return provider.queryRefund(outTradeNo, outRefundNo);
    }

    @Override
    public Bill fetchBill(LocalDate billDate) {
        return provider.bill(billDate);
    }

    private static TradeState state(String tradeStatus) {
        return switch (tradeStatus) {
            case "TRADE_SUCCESS", "TRADE_FINISHED" -> TradeState.PAID;
            case "TRADE_FAILED" -> TradeState.FAILED;
            case "TRADE_CLOSED" -> TradeState.CLOSED;
            case "WAIT_BUYER_PAY" -> TradeState.WAITING;
            default -> throw new NotificationRejectedException(Reason.MALFORMED, "unknown trade_status " + tradeStatus);
        };
    }

    private static Money amount(Map<String, String> p) {
        String currency = p.getOrDefault("currency", Money.CNY);
        try {
            Money yuan = Money.ofYuan(required(p, "total_amount"));
            return new Money(yuan.fen(), currency);
        } catch (IllegalArgumentException e) {
            throw new NotificationRejectedException(Reason.MALFORMED, "bad amount or currency: " + e.getMessage());
        }
    }

    private static Instant paidAt(String gmtPayment) {
        if (gmtPayment == null || gmtPayment.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(gmtPayment, TIME).atZone(SandboxProvider.PROVIDER_ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new NotificationRejectedException(Reason.MALFORMED, "bad gmt_payment");
        }
    }

    private static String required(Map<String, String> p, String key) {
        String v = p.get(key);
        if (v == null || v.isBlank()) {
            throw new NotificationRejectedException(Reason.MALFORMED, "missing " + key);
        }
        return v;
    }
}
