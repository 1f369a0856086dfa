package com.knowpay.payment.alipay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knowpay.payment.NotificationRejectedException;
import com.knowpay.payment.NotificationRejectedException.Reason;
import com.knowpay.payment.NotificationRequest;
import com.knowpay.payment.ProviderRefundCall;
import com.knowpay.payment.TradeState;
import com.knowpay.payment.VerifiedNotification;
import com.knowpay.payment.VerifiedNotification.TradeNotification;
import com.knowpay.payment.fakes.FakeAlipayGateway;
import com.knowpay.payment.fakes.FakeAlipayNotification;
import com.knowpay.payment.fakes.TestKeys;
import com.knowpay.shared.Money;
import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Notifications built and signed by the fake, verified by the real channel. */
class AlipayNotificationTests {

    private static FakeAlipayGateway fake;
    private static AlipayChannel channel;

    @BeforeAll
    static void start() {
        fake = new FakeAlipayGateway();
        channel = AlipayFixtures.channel(fake);
    }

    @AfterAll
    static void stop() throws IOException {
        fake.close();
    }

    @Test
    void aPaymentNotificationVerifiesIntoAPaidTrade() {
        String no = paidTrade("99.00");

        VerifiedNotification verified = channel.verify(request(fake.notification(no)));

        assertThat(verified).isInstanceOfSatisfying(TradeNotification.class, n -> {
            assertThat(n.trade().outTradeNo()).isEqualTo(no);
            assertThat(n.trade().state()).isEqualTo(TradeState.PAID);
            assertThat(n.trade().amount()).isEqualTo(Money.fen(9900));
            assertThat(n.trade().providerTradeNo()).isEqualTo(fake.trade(no).tradeNo());
            assertThat(n.trade().paidAt()).isEqualTo(fake.trade(no).paidAt().truncatedTo(ChronoUnit.SECONDS));
            assertThat(n.inboxKey()).isEqualTo("ALIPAY:" + fake.trade(no).tradeNo() + ":TRADE_SUCCESS");
            assertThat(n.rawVerified()).contains("out_trade_no=" + no, "total_amount=99.00").doesNotContain("sign=");
        });
    }

    @Test
    void aRetriedNotificationHasTheSameInboxKey() {
        String no = paidTrade("12.34");

        VerifiedNotification first = channel.verify(request(fake.notification(no)));
        VerifiedNotification retry = channel.verify(request(fake.notification(no)));

        assertThat(retry.inboxKey()).isEqualTo(first.inboxKey());
    }

    @Test
    void eachPartialRefundReNotificationHasItsOwnKey() {
        String no = paidTrade("50.00");
        String paidKey = channel.verify(request(fake.notification(no))).inboxKey();
        channel.refund(new ProviderRefundCall(no, "R1" + no, Money.ofYuan("10.00"), Money.ofYuan("50.00"), "partial"));
        TradeNotification firstRefund = (TradeNotification) channel.verify(request(fake.notification(no)));
        channel.refund(new ProviderRefundCall(no, "R2" + no, Money.ofYuan("10.00"), Money.ofYuan("50.00"), "partial"));
        TradeNotification secondRefund = (TradeNotification) channel.verify(request(fake.notification(no)));

        assertThat(firstRefund.trade().state()).isEqualTo(TradeState.REFUNDED);
        assertThat(firstRefund.trade().isPaid()).isTrue();
        assertThat(firstRefund.inboxKey()).startsWith(paidKey + ":10.00:");
        assertThat(secondRefund.inboxKey()).startsWith(paidKey + ":20.00:");
        assertThat(firstRefund.inboxKey()).isNotEqualTo(secondRefund.inboxKey());
    }

    @Test
    void aWaitingNotificationIsWaiting() {
        String no = AlipayFixtures.outTradeNo();
        channel.createQrPayment(AlipayFixtures.payment(no, "1.00"));
        fake.scan(no);

        TradeNotification n = (TradeNotification) channel.verify(request(fake.notification(no)));

        assertThat(n.trade().state()).isEqualTo(TradeState.WAITING);
        assertThat(n.trade().paidAt()).isNull();
    }

    @Test
    void aForgedSignatureIsRejected() {
        String no = paidTrade("99.00");

        assertRejected(() -> channel.verify(request(fake.notification(no).signedBy(TestKeys.ATTACKER))),
                Reason.BAD_SIGNATURE);
    }

    @Test
    void aNotificationSignedWithTheAppsOwnKeyIsRejected() {
        String no = paidTrade("99.00");

        assertRejected(() -> channel.verify(request(fake.notification(no).signedBy(TestKeys.ALIPAY_APP))),
                Reason.BAD_SIGNATURE);
    }

    @Test
    void anAmountTamperedAfterSigningIsRejected() {
        String no = paidTrade("99.00");

        assertRejected(() -> channel.verify(request(fake.notification(no).tampered("total_amount", "0.01"))),
                Reason.BAD_SIGNATURE);
    }

    @Test
    void aNotificationWithoutSignatureIsRejected() {
        String no = paidTrade("99.00");
        Map<String, String> params = new java.util.HashMap<>(fake.notification(no).params());
        params.remove("sign");

        assertRejected(() -> channel.verify(new NotificationRequest("", Map.of(), params)), Reason.BAD_SIGNATURE);
    }

    @Test
    void aCorrectlySignedNotificationForAnotherAppIsWrongMerchant() {
        String no = paidTrade("99.00");

        assertRejected(() -> channel.verify(request(fake.notification(no, Map.of("app_id", "2021009999999999")))),
                Reason.WRONG_MERCHANT);
    }

    @Test
    void aCorrectlySignedNotificationForAnotherSellerIsWrongMerchant() {
        String no = paidTrade("99.00");

        assertRejected(() -> channel.verify(request(fake.notification(no, Map.of("seller_id", "2088999999999999")))),
                Reason.WRONG_MERCHANT);
    }

    @Test
    void anInexactAmountIsMalformed() {
        String no = paidTrade("99.00");

        assertRejected(() -> channel.verify(request(fake.notification(no, Map.of("total_amount", "99.001")))),
                Reason.MALFORMED);
    }

    @Test
    void theMessageOfARejectionCarriesNoKey() {
        String no = paidTrade("99.00");

        assertThatThrownBy(() -> channel.verify(request(fake.notification(no).signedBy(TestKeys.ATTACKER))))
                .message().doesNotContain(TestKeys.ALIPAY_PLATFORM.publicBase64().substring(0, 40));
    }

    private static void assertRejected(ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(NotificationRejectedException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static NotificationRequest request(FakeAlipayNotification notification) {
        return new NotificationRequest(notification.formBody(), Map.of("Content-Type",
                "application/x-www-form-urlencoded"), notification.params());
    }

    private String paidTrade(String yuan) {
        String no = AlipayFixtures.outTradeNo();
        channel.createQrPayment(AlipayFixtures.payment(no, yuan));
        fake.pay(no);
        return no;
    }
}
