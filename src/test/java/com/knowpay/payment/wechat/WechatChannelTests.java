package com.knowpay.payment.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knowpay.payment.ChannelException;
import com.knowpay.payment.ChannelType;
import com.knowpay.payment.CloseOutcome;
import com.knowpay.payment.CreatePayment;
import com.knowpay.payment.ProviderTrade;
import com.knowpay.payment.RefundOutcome;
import com.knowpay.payment.ProviderRefundCall;
import com.knowpay.payment.TradeState;
import com.knowpay.payment.fakes.FakeSwitches.Fault;
import com.knowpay.payment.fakes.FakeWechatPayServer;
import com.knowpay.shared.Money;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real wechatpay-java SDK (public-key mode) against the protocol-faithful fake server. */
class WechatChannelTests {

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

    @BeforeEach
    void behave() {
        fake.switches().reset();
        fake.payOnClose(false);
        fake.refundsSucceedAtOnce(false);
    }

    @Test
    void prepayReturnsTheCodeUrlAndSendsIntegerFenAndRfc3339Expiry() {
        String no = WechatFixtures.outTradeNo();
        Instant expiresAt = Instant.parse("2030-01-02T03:04:05.678Z");

        String codeUrl = channel.createQrPayment(new CreatePayment(no, Money.ofYuan("99.00"), "Java 课程", expiresAt))
                .qrContent();

        assertThat(codeUrl).startsWith("weixin://wxpay/bizpayurl?pr=").isEqualTo(fake.trade(no).codeUrl());
        assertThat(fake.trade(no).total()).isEqualTo(9900);
        assertThat(fake.trade(no).timeExpire()).isEqualTo("2030-01-02T11:04:05+08:00");
        assertThat(OffsetDateTime.parse(fake.trade(no).timeExpire()).toInstant())
                .isEqualTo(expiresAt.truncatedTo(ChronoUnit.SECONDS));
        assertThat(fake.trade(no).notifyUrl()).isEqualTo(WechatFixtures.NOTIFY_URL);
        assertThat(fake.trade(no).description()).isEqualTo("Java 课程");
    }

    @Test
    void queryFindsNotFoundWaitingAndPaid() {
        String no = WechatFixtures.outTradeNo();
        assertThat(channel.query(no).state()).isEqualTo(TradeState.NOT_FOUND);

        channel.createQrPayment(WechatFixtures.payment(no, 1));
        assertThat(channel.query(no).state()).isEqualTo(TradeState.WAITING);
        fake.userPaying(no);
        assertThat(channel.query(no).state()).isEqualTo(TradeState.WAITING);

        fake.pay(no);
        ProviderTrade paid = channel.query(no);
        assertThat(paid.state()).isEqualTo(TradeState.PAID);
        assertThat(paid.amount()).isEqualTo(Money.fen(1));
        assertThat(paid.providerTradeNo()).isEqualTo(fake.trade(no).transactionId());
        assertThat(paid.paidAt()).isEqualTo(fake.trade(no).successTime().truncatedTo(ChronoUnit.SECONDS));
    }

    @Test
    void aFailedPaymentIsFailed() {
        String no = WechatFixtures.outTradeNo();
        channel.createQrPayment(WechatFixtures.payment(no, 100));
        fake.failPayment(no);

        assertThat(channel.query(no).state()).isEqualTo(TradeState.FAILED);
    }

    @Test
    void closeQueriesFirstThenClosesAnUnpaidOrder() {
        String no = WechatFixtures.outTradeNo();
        channel.createQrPayment(WechatFixtures.payment(no, 100));

        assertThat(channel.close(no)).isEqualTo(CloseOutcome.CLOSED);
        assertThat(fake.trade(no).tradeState()).isEqualTo("CLOSED");
        assertThat(fake.calls().stream().filter(c -> c.contains(no)).toList())
                .containsExactly("GET /v3/pay/transactions/out-trade-no/" + no + "?mchid=" + FakeWechatPayServer.MCH_ID,
                        "POST /v3/pay/transactions/out-trade-no/" + no + "/close");
        assertThat(channel.query(no).state()).isEqualTo(TradeState.CLOSED);
    }

    @Test
    void closeOfAPaidOrderAnswersAlreadyPaidWithoutClosing() {
        String no = WechatFixtures.outTradeNo();
        channel.createQrPayment(WechatFixtures.payment(no, 100));
        fake.pay(no);

        assertThat(channel.close(no)).isEqualTo(CloseOutcome.ALREADY_PAID);
        assertThat(fake.trade(no).tradeState()).isEqualTo("SUCCESS");
    }

    @Test
    void closeRacingWithPaymentAnswersAlreadyPaid() {
        String no = WechatFixtures.outTradeNo();
        channel.createQrPayment(WechatFixtures.payment(no, 100));
        fake.payOnClose(true);

        assertThat(channel.close(no)).isEqualTo(CloseOutcome.ALREADY_PAID);
        assertThat(fake.trade(no).tradeState()).isEqualTo("SUCCESS");
    }

    @Test
    void refundIsAcceptedThenSucceedsOnQuery() {
        String no = paidOrder(9900);
        ProviderRefundCall request = new ProviderRefundCall(no, "RF" + no, Money.fen(3000), Money.fen(9900), "不想学了");

        RefundOutcome accepted = channel.refund(request);

        assertThat(accepted.status()).isEqualTo(RefundOutcome.Status.PROCESSING);
        assertThat(accepted.providerRefundNo()).isEqualTo(fake.trade(no).refunds().get("RF" + no).refundId());
        assertThat(accepted.amount()).isEqualTo(Money.fen(3000));
        assertThat(fake.trade(no).refunds().get("RF" + no).notifyUrl()).isEqualTo(WechatFixtures.NOTIFY_URL + "/refund");
        assertThat(channel.queryRefund(no, "RF" + no).status()).isEqualTo(RefundOutcome.Status.PROCESSING);

        fake.completeRefunds(no);

        RefundOutcome done = channel.queryRefund(no, "RF" + no);
        assertThat(done.status()).isEqualTo(RefundOutcome.Status.SUCCEEDED);
        assertThat(done.amount()).isEqualTo(Money.fen(3000));
        assertThat(channel.refund(request).status()).isEqualTo(RefundOutcome.Status.SUCCEEDED);
        assertThat(fake.trade(no).refunds()).hasSize(1);
        assertThat(channel.query(no).state()).isEqualTo(TradeState.REFUNDED);
    }

    @Test
    void anUnknownRefundIsNotFound() {
        assertThat(channel.queryRefund("KPW-none", "RF-none").status()).isEqualTo(RefundOutcome.Status.NOT_FOUND);
    }

    @Test
    void aRefundAboveWhatWasPaidIsABusinessRefusal() {
        String no = paidOrder(500);

        assertThatThrownBy(() -> channel.refund(new ProviderRefundCall(no, "RF" + no, Money.fen(600), Money.fen(500), "x")))
                .isInstanceOfSatisfying(ChannelException.class, e -> {
                    assertThat(e.channel()).isEqualTo(ChannelType.WECHAT);
                    assertThat(e.providerCode()).isEqualTo("INVALID_REQUEST");
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).contains("refund", "HTTP 400", "超过订单可退金额");
                });
    }

    @Test
    void systemErrorIsRetryable() {
        fake.switches().failNext(Fault.SYSTEM_ERROR);

        assertThatThrownBy(() -> channel.query(WechatFixtures.outTradeNo()))
                .isInstanceOfSatisfying(ChannelException.class, e -> {
                    assertThat(e.providerCode()).isEqualTo("SYSTEM_ERROR");
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.getMessage()).contains("query", "HTTP 500", "系统错误");
                });
    }

    @Test
    void aParamErrorIsNotRetryable() {
        fake.switches().failNext(Fault.BUSINESS_ERROR);

        assertThatThrownBy(() -> channel.createQrPayment(WechatFixtures.payment(WechatFixtures.outTradeNo(), 100)))
                .isInstanceOfSatisfying(ChannelException.class, e -> {
                    assertThat(e.providerCode()).isEqualTo("PARAM_ERROR");
                    assertThat(e.retryable()).isFalse();
                });
    }

    @Test
    void anHtml500IsARetryableChannelExceptionNotARawSdkException() {
        fake.switches().failNext(Fault.HTTP_500);

        assertThatThrownBy(() -> channel.query(WechatFixtures.outTradeNo()))
                .isInstanceOfSatisfying(ChannelException.class, e -> assertThat(e.retryable()).isTrue());
    }

    @Test
    void aGarbageAnswerIsAChannelException() {
        fake.switches().failNext(Fault.GARBAGE);

        assertThatThrownBy(() -> channel.query(WechatFixtures.outTradeNo()))
                .isInstanceOf(ChannelException.class)
                .hasMessageContaining("query");
    }

    @Test
    void noAnswerTimesOutAsRetryable() {
        fake.switches().failNext(Fault.NO_ANSWER);

        assertThatThrownBy(() -> channel.query(WechatFixtures.outTradeNo()))
                .isInstanceOfSatisfying(ChannelException.class, e -> {
                    assertThat(e.providerCode()).isEqualTo("NETWORK");
                    assertThat(e.retryable()).isTrue();
                });
    }

    @Test
    void aSlowAnswerWithinTheTimeoutStillCounts() {
        fake.switches().delay(Duration.ofMillis(700));

        assertThat(channel.createQrPayment(WechatFixtures.payment(WechatFixtures.outTradeNo(), 100)).qrContent())
                .isNotBlank();
    }

    @Test
    void anAnswerSignedWithAnotherKeyIsRefused() {
        String no = WechatFixtures.outTradeNo();
        channel.createQrPayment(WechatFixtures.payment(no, 100));
        WechatSettings s = WechatFixtures.settings(fake);
        WechatChannel trustsAnotherKey = WechatChannel.create(new WechatSettings(true, s.mchId(), s.appId(),
                        s.merchantSerialNumber(), s.privateKey(), null, s.apiV3Key(), null,
                        com.knowpay.payment.fakes.TestKeys.ATTACKER.publicPem(), null, s.publicKeyId(), s.baseUrl(),
                        s.notifyUrl()).resolve(), java.time.Clock.systemUTC());

        assertThatThrownBy(() -> trustsAnotherKey.query(no))
                .isInstanceOfSatisfying(ChannelException.class, e -> {
                    assertThat(e.providerCode()).isEqualTo("ANSWER_NOT_VERIFIED");
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).contains("public-key");
                });
    }

    @Test
    void aZeroAmountIsRefusedBeforeCallingWechat() {
        int calls = fake.calls().size();

        assertThatThrownBy(() -> channel.createQrPayment(WechatFixtures.payment(WechatFixtures.outTradeNo(), 0)))
                .isInstanceOfSatisfying(ChannelException.class, e -> assertThat(e.retryable()).isFalse());
        assertThat(fake.calls()).hasSize(calls);
    }

    private String paidOrder(long fen) {
        String no = WechatFixtures.outTradeNo();
        channel.createQrPayment(WechatFixtures.payment(no, fen));
        fake.pay(no);
        return no;
    }
}
