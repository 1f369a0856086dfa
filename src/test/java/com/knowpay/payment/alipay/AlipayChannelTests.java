package com.knowpay.payment.alipay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knowpay.payment.ChannelException;
import com.knowpay.payment.ChannelType;
import com.knowpay.payment.CloseOutcome;
import com.knowpay.payment.ProviderTrade;
import com.knowpay.payment.QrPayment;
import com.knowpay.payment.RefundOutcome;
import com.knowpay.payment.ProviderRefundCall;
import com.knowpay.payment.TradeState;
import com.knowpay.payment.fakes.FakeAlipayGateway;
import com.knowpay.payment.fakes.FakeSwitches.Fault;
import com.knowpay.shared.Money;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real Alipay SDK against the protocol-faithful fake gateway. */
class AlipayChannelTests {

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

    @BeforeEach
    void behave() {
        fake.switches().reset();
        fake.payOnClose(false);
        fake.queryAmountOverride(null);
    }

    @Test
    void precreateReturnsTheGatewaysQrCodeAndSendsTheExactOrder() {
        String no = AlipayFixtures.outTradeNo();

        QrPayment qr = channel.createQrPayment(AlipayFixtures.payment(no, "99.00"));

        assertThat(qr.qrContent()).startsWith("https://qr.alipay.com/").isEqualTo(fake.trade(no).qrContentForTest());
        Map<String, String> call = fake.calls().getLast();
        assertThat(call).containsEntry("method", "alipay.trade.precreate")
                .containsEntry("notify_url", AlipayFixtures.NOTIFY_URL)
                .containsEntry("sign_type", "RSA2");
        assertThat(call.get("biz_content")).contains("\"total_amount\":\"99.00\"", "\"out_trade_no\":\"" + no + "\"",
                "\"time_expire\":\"", "Java 并发编程实战");
        assertThat(fake.trade(no).total()).isEqualTo(Money.fen(9900));
    }

    @Test
    void queryAnswersNotFoundUntilScannedThenWaitingThenPaid() {
        String no = AlipayFixtures.outTradeNo();
        channel.createQrPayment(AlipayFixtures.payment(no, "0.01"));

        assertThat(channel.query(no).state()).isEqualTo(TradeState.NOT_FOUND);

        fake.scan(no);
        assertThat(channel.query(no).state()).isEqualTo(TradeState.WAITING);

        fake.pay(no);
        ProviderTrade paid = channel.query(no);
        assertThat(paid.state()).isEqualTo(TradeState.PAID);
        assertThat(paid.amount()).isEqualTo(Money.fen(1));
        assertThat(paid.providerTradeNo()).isEqualTo(fake.trade(no).tradeNo());
        assertThat(paid.paidAt()).isNotNull();
    }

    @Test
    void closeOfATradeNeverScannedIsClosed() {
        String no = AlipayFixtures.outTradeNo();
        channel.createQrPayment(AlipayFixtures.payment(no, "10.00"));

        assertThat(channel.close(no)).isEqualTo(CloseOutcome.CLOSED);
    }

    @Test
    void closeOfAScannedTradeClosesIt() {
        String no = AlipayFixtures.outTradeNo();
        channel.createQrPayment(AlipayFixtures.payment(no, "10.00"));
        fake.scan(no);

        assertThat(channel.close(no)).isEqualTo(CloseOutcome.CLOSED);
        assertThat(channel.query(no).state()).isEqualTo(TradeState.CLOSED);
    }

    @Test
    void closeRacingWithPaymentAnswersAlreadyPaid() {
        String no = AlipayFixtures.outTradeNo();
        channel.createQrPayment(AlipayFixtures.payment(no, "10.00"));
        fake.scan(no);
        fake.payOnClose(true);

        assertThat(channel.close(no)).isEqualTo(CloseOutcome.ALREADY_PAID);
        assertThat(fake.trade(no).status()).isEqualTo("TRADE_SUCCESS");
    }

    @Test
    void refundSucceedsIsIdempotentAndIsFoundByQuery() {
        String no = paidTrade("99.00");
        ProviderRefundCall refund = new ProviderRefundCall(no, "R" + no, Money.ofYuan("30.00"), Money.ofYuan("99.00"), "不想学了");

        RefundOutcome first = channel.refund(refund);
        RefundOutcome again = channel.refund(refund);

        assertThat(first.status()).isEqualTo(RefundOutcome.Status.SUCCEEDED);
        assertThat(first.message()).isEqualTo("fund_change=Y");
        assertThat(again.message()).isEqualTo("fund_change=N");
        assertThat(fake.trade(no).refunds()).hasSize(1);
        RefundOutcome queried = channel.queryRefund(no, "R" + no);
        assertThat(queried.status()).isEqualTo(RefundOutcome.Status.SUCCEEDED);
        assertThat(queried.amount()).isEqualTo(Money.fen(3000));
        assertThat(channel.queryRefund(no, "R-unknown").status()).isEqualTo(RefundOutcome.Status.NOT_FOUND);
    }

    @Test
    void fullRefundMakesTheTradeRefunded() {
        String no = paidTrade("5.00");
        channel.refund(new ProviderRefundCall(no, "R" + no, Money.ofYuan("5.00"), Money.ofYuan("5.00"), "退款"));

        ProviderTrade trade = channel.query(no);

        assertThat(trade.state()).isEqualTo(TradeState.REFUNDED);
        assertThat(trade.isPaid()).isTrue();
    }

    @Test
    void refundAboveWhatWasPaidIsABusinessRefusalNotRetryable() {
        String no = paidTrade("5.00");

        assertThatThrownBy(() -> channel.refund(new ProviderRefundCall(no, "R" + no, Money.ofYuan("6.00"),
                Money.ofYuan("5.00"), "too much")))
                .isInstanceOfSatisfying(ChannelException.class, e -> {
                    assertThat(e.channel()).isEqualTo(ChannelType.ALIPAY);
                    assertThat(e.providerCode()).isEqualTo("ACQ.REFUND_AMT_NOT_EQUAL_TOTAL");
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).contains("refund", "40004", "退款金额超限");
                });
    }

    @Test
    void systemErrorIsRetryable() {
        fake.switches().failNext(Fault.SYSTEM_ERROR);

        assertThatThrownBy(() -> channel.query(AlipayFixtures.outTradeNo()))
                .isInstanceOfSatisfying(ChannelException.class, e -> {
                    assertThat(e.providerCode()).isEqualTo("ACQ.SYSTEM_ERROR");
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.getMessage()).contains("query", "系统错误");
                });
    }

    @Test
    void businessErrorIsNotRetryable() {
        fake.switches().failNext(Fault.BUSINESS_ERROR);

        assertThatThrownBy(() -> channel.createQrPayment(AlipayFixtures.payment(AlipayFixtures.outTradeNo(), "1.00")))
                .isInstanceOfSatisfying(ChannelException.class, e -> {
                    assertThat(e.providerCode()).isEqualTo("ACQ.INVALID_PARAMETER");
                    assertThat(e.retryable()).isFalse();
                });
    }

    @Test
    void http500IsARetryableNetworkFailure() {
        fake.switches().failNext(Fault.HTTP_500);

        assertThatThrownBy(() -> channel.query(AlipayFixtures.outTradeNo()))
                .isInstanceOfSatisfying(ChannelException.class, e -> {
                    assertThat(e.providerCode()).isEqualTo("NETWORK");
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.getMessage()).contains("could not be reached");
                });
    }

    @Test
    void garbageAnswerIsAChannelExceptionNotARawSdkException() {
        fake.switches().failNext(Fault.GARBAGE);

        assertThatThrownBy(() -> channel.query(AlipayFixtures.outTradeNo()))
                .isInstanceOf(ChannelException.class)
                .hasMessageContaining("query");
    }

    @Test
    void noAnswerTimesOutAsRetryable() {
        fake.switches().failNext(Fault.NO_ANSWER);

        assertThatThrownBy(() -> channel.query(AlipayFixtures.outTradeNo()))
                .isInstanceOfSatisfying(ChannelException.class, e -> {
                    assertThat(e.providerCode()).isEqualTo("NETWORK");
                    assertThat(e.retryable()).isTrue();
                });
    }

    @Test
    void aSlowAnswerWithinTheTimeoutStillCounts() {
        String no = AlipayFixtures.outTradeNo();
        fake.switches().delay(Duration.ofMillis(700));

        assertThat(channel.createQrPayment(AlipayFixtures.payment(no, "1.00")).qrContent()).isNotBlank();
    }

    @Test
    void anAnswerSlowerThanTheTimeoutIsRetryable() {
        fake.switches().delay(Duration.ofMillis(3_000));

        assertThatThrownBy(() -> channel.query(AlipayFixtures.outTradeNo()))
                .isInstanceOfSatisfying(ChannelException.class, e -> assertThat(e.retryable()).isTrue());
    }

    @Test
    void anInexactAmountFromAlipayIsRefused() {
        String no = paidTrade("99.00");
        fake.queryAmountOverride("99.001");

        assertThatThrownBy(() -> channel.query(no))
                .isInstanceOfSatisfying(ChannelException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).contains("99.001", "not an exact amount");
                });
    }

    @Test
    void aZeroAmountIsRefusedBeforeCallingAlipay() {
        int calls = fake.calls().size();

        assertThatThrownBy(() -> channel.createQrPayment(AlipayFixtures.payment(AlipayFixtures.outTradeNo(), "0.00")))
                .isInstanceOfSatisfying(ChannelException.class, e -> assertThat(e.retryable()).isFalse());
        assertThat(fake.calls()).hasSize(calls);
    }

    private String paidTrade(String yuan) {
        String no = AlipayFixtures.outTradeNo();
        channel.createQrPayment(AlipayFixtures.payment(no, yuan));
        fake.pay(no);
        return no;
    }
}
