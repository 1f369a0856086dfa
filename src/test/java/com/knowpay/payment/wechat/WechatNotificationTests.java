package com.knowpay.payment.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knowpay.payment.NotificationRejectedException;
import com.knowpay.payment.NotificationRejectedException.Reason;
import com.knowpay.payment.NotificationRequest;
import com.knowpay.payment.RefundOutcome;
import com.knowpay.payment.ProviderRefundCall;
import com.knowpay.payment.TradeState;
import com.knowpay.payment.VerifiedNotification;
import com.knowpay.payment.VerifiedNotification.RefundNotification;
import com.knowpay.payment.VerifiedNotification.TradeNotification;
import com.knowpay.payment.fakes.FakeWechatNotification;
import com.knowpay.payment.fakes.FakeWechatPayServer;
import com.knowpay.payment.fakes.TestKeys;
import com.knowpay.shared.Money;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Encrypted, signed notifications built by the fake, verified by the real channel and SDK parser. */
class WechatNotificationTests {

    private static FakeWechatPayServer fake;
    private static WechatChannel channel;

    @BeforeAll
    static void start() {
        fake = new FakeWechatPayServer();
        channel = WechatFixtures.channel(fake);
    }

    @AfterAll
    static void stop() throws IOException {
        fake.close();
    }

    @Test
    void aPaymentNotificationVerifiesIntoAPaidTrade() {
        String no = paidOrder(9900);

        VerifiedNotification verified = channel.verify(request(fake.paymentNotification(no)));

        assertThat(verified).isInstanceOfSatisfying(TradeNotification.class, n -> {
            assertThat(n.trade().outTradeNo()).isEqualTo(no);
            assertThat(n.trade().state()).isEqualTo(TradeState.PAID);
            assertThat(n.trade().amount()).isEqualTo(Money.fen(9900));
            assertThat(n.trade().providerTradeNo()).isEqualTo(fake.trade(no).transactionId());
            assertThat(n.trade().paidAt()).isEqualTo(fake.trade(no).successTime().truncatedTo(ChronoUnit.SECONDS));
            assertThat(n.inboxKey()).isEqualTo("WECHAT:" + fake.trade(no).transactionId() + ":SUCCESS");
            assertThat(n.rawVerified()).contains(no, "\"trade_state\":\"SUCCESS\"")
                    .doesNotContain(FakeWechatPayServer.API_V3_KEY);
        });
    }

    @Test
    void aRetryAndAReplayOfTheSameEventHaveTheSameInboxKey() {
        String no = paidOrder(100);

        String first = channel.verify(request(fake.paymentNotification(no))).inboxKey();
        String retry = channel.verify(request(fake.paymentNotification(no))).inboxKey();

        assertThat(retry).isEqualTo(first);
    }

    @Test
    void headersAreFoundWhateverTheirCase() {
        String no = paidOrder(100);
        FakeWechatNotification n = fake.paymentNotification(no);
        Map<String, String> lower = new java.util.HashMap<>();
        n.headers().forEach((k, v) -> lower.put(k.toLowerCase(), v));

        assertThat(channel.verify(new NotificationRequest(n.body(), lower, Map.of()))).isInstanceOf(TradeNotification.class);
    }

    @Test
    void aForgedSignatureIsRejected() {
        String no = paidOrder(100);

        assertRejected(request(fake.paymentNotification(no).signedBy(TestKeys.ATTACKER)), Reason.BAD_SIGNATURE);
    }

    @Test
    void aBodyTamperedAfterSigningIsRejected() {
        String no = paidOrder(9900);
        FakeWechatNotification genuine = fake.paymentNotification(no);
        FakeWechatNotification cheaper = fake.paymentNotification(no, Map.of("amount",
                Map.of("total", 1, "payer_total", 1, "currency", "CNY", "payer_currency", "CNY")), Instant.now());
        // the attacker swaps in the resource of a 1-fen notification under the genuine signature
        String swapped = cheaper.body();
        FakeWechatNotification tampered = new FakeWechatNotification(genuine.headers(), swapped);

        assertRejected(request(tampered), Reason.BAD_SIGNATURE);
        assertRejected(request(genuine.tampered("TRANSACTION.SUCCESS", "TRANSACTION.SUCCESS ")), Reason.BAD_SIGNATURE);
    }

    @Test
    void aNotificationSignedWithTheMerchantsOwnKeyIsRejected() {
        String no = paidOrder(100);

        assertRejected(request(fake.paymentNotification(no).signedBy(TestKeys.WECHAT_MERCHANT)), Reason.BAD_SIGNATURE);
    }

    @Test
    void aSignatureThatIsNotBase64IsRejected() {
        String no = paidOrder(100);

        assertRejected(request(fake.paymentNotification(no).withHeader("Wechatpay-Signature", "not base64 !")),
                Reason.BAD_SIGNATURE);
    }

    @Test
    void missingHeadersAreRejected() {
        String no = paidOrder(100);

        assertRejected(new NotificationRequest(fake.paymentNotification(no).body(), Map.of(), Map.of()),
                Reason.BAD_SIGNATURE);
    }

    @Test
    void aCorrectlySignedNotificationForAnotherMerchantIsWrongMerchant() {
        String no = paidOrder(100);

        assertRejected(request(fake.paymentNotification(no, Map.of("mchid", "1900009999"), Instant.now())),
                Reason.WRONG_MERCHANT);
    }

    @Test
    void aCorrectlySignedNotificationForAnotherAppIsWrongMerchant() {
        String no = paidOrder(100);

        assertRejected(request(fake.paymentNotification(no, Map.of("appid", "wx0000000000009999"), Instant.now())),
                Reason.WRONG_MERCHANT);
    }

    @Test
    void aReplaySixMinutesOldIsStale() {
        String no = paidOrder(100);

        assertRejected(request(fake.paymentNotification(no, Map.of(), Instant.now().minus(Duration.ofMinutes(6)))),
                Reason.STALE);
    }

    @Test
    void freshnessIsJudgedByTheInjectedClock() {
        String no = paidOrder(100);
        FakeWechatNotification n = fake.paymentNotification(no);
        WechatChannel fourMinutesLater = WechatFixtures.channel(fake,
                Clock.fixed(Instant.now().plus(Duration.ofMinutes(4)), ZoneOffset.UTC));
        WechatChannel sixMinutesLater = WechatFixtures.channel(fake,
                Clock.fixed(Instant.now().plus(Duration.ofMinutes(6)), ZoneOffset.UTC));

        assertThat(fourMinutesLater.verify(request(n))).isInstanceOf(TradeNotification.class);
        assertRejected(request(n), Reason.STALE, sixMinutesLater);
    }

    @Test
    void aNotificationFromTheFutureIsStale() {
        String no = paidOrder(100);

        assertRejected(request(fake.paymentNotification(no, Map.of(), Instant.now().plus(Duration.ofMinutes(6)))),
                Reason.STALE);
    }

    @Test
    void aNotificationSignedWithAnotherKeyIdIsRejected() {
        String no = paidOrder(100);

        assertRejected(request(fake.paymentNotification(no).withHeader("Wechatpay-Serial", "PUB_KEY_ID_OTHER")),
                Reason.BAD_SIGNATURE);
    }

    @Test
    void aRefundNotificationVerifiesIntoARefundNotification() {
        String no = paidOrder(9900);
        channel.refund(new ProviderRefundCall(no, "RF" + no, Money.fen(990), Money.fen(9900), "部分退款"));
        fake.completeRefunds(no);

        VerifiedNotification verified = channel.verify(request(fake.refundNotification(no, "RF" + no)));

        assertThat(verified).isInstanceOfSatisfying(RefundNotification.class, n -> {
            assertThat(n.outTradeNo()).isEqualTo(no);
            assertThat(n.outRefundNo()).isEqualTo("RF" + no);
            assertThat(n.status()).isEqualTo(RefundOutcome.Status.SUCCEEDED);
            assertThat(n.amount()).isEqualTo(Money.fen(990));
            assertThat(n.providerRefundNo()).isEqualTo(fake.trade(no).refunds().get("RF" + no).refundId());
            assertThat(n.completedAt()).isNotNull();
            assertThat(n.inboxKey()).isEqualTo("WECHAT-REFUND:" + n.providerRefundNo() + ":SUCCESS");
        });
    }

    @Test
    void aRefundNotificationForAnotherMerchantIsWrongMerchant() {
        String no = paidOrder(500);
        channel.refund(new ProviderRefundCall(no, "RF" + no, Money.fen(500), Money.fen(500), "退款"));
        fake.completeRefunds(no);
        FakeWechatNotification genuine = fake.refundNotification(no, "RF" + no);
        assertThat(channel.verify(request(genuine))).isInstanceOf(RefundNotification.class);

        WechatSettings s = WechatFixtures.settings(fake);
        WechatChannel otherMerchant = WechatChannel.create(new WechatSettings(true, "1900000000", s.appId(),
                s.merchantSerialNumber(), s.privateKey(), null, s.apiV3Key(), null, s.publicKey(), null, s.publicKeyId(),
                s.baseUrl(), s.notifyUrl()).resolve(), Clock.systemUTC());
        assertRejected(request(genuine), Reason.WRONG_MERCHANT, otherMerchant);
    }

    @Test
    void aResourceEncryptedWithAnotherApiV3KeyIsRejected() {
        String no = paidOrder(100);
        WechatSettings s = WechatFixtures.settings(fake);
        WechatChannel otherKey = WechatChannel.create(new WechatSettings(true, s.mchId(), s.appId(),
                s.merchantSerialNumber(), s.privateKey(), null, "0123456789abcdef0123456789abcdef", null, s.publicKey(),
                null, s.publicKeyId(), s.baseUrl(), s.notifyUrl()).resolve(), Clock.systemUTC());

        assertRejected(request(fake.paymentNotification(no)), Reason.BAD_SIGNATURE, otherKey);
    }

    private static void assertRejected(NotificationRequest request, Reason reason) {
        assertRejected(request, reason, channel);
    }

    private static void assertRejected(NotificationRequest request, Reason reason, WechatChannel verifier) {
        ThrowingCallable call = () -> verifier.verify(request);
        assertThatThrownBy(call).isInstanceOfSatisfying(NotificationRejectedException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.getMessage()).doesNotContain(FakeWechatPayServer.API_V3_KEY);
        });
    }

    private static NotificationRequest request(FakeWechatNotification notification) {
        return new NotificationRequest(notification.body(), notification.headers(), Map.of());
    }

    private String paidOrder(long fen) {
        String no = WechatFixtures.outTradeNo();
        channel.createQrPayment(WechatFixtures.payment(no, fen));
        fake.pay(no);
        return no;
    }
}
