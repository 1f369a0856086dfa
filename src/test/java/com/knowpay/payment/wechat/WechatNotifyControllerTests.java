package com.knowpay.payment.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.knowpay.payment.ChannelType;
import com.knowpay.payment.NotificationProcessor;
import com.knowpay.payment.NotificationRejectedException.Reason;
import com.knowpay.payment.NotificationRequest;
import com.knowpay.payment.RefundOutcome;
import com.knowpay.payment.ProviderRefundCall;
import com.knowpay.payment.VerifiedNotification.RefundNotification;
import com.knowpay.payment.VerifiedNotification.TradeNotification;
import com.knowpay.payment.fakes.FakeWechatNotification;
import com.knowpay.payment.fakes.FakeWechatPayServer;
import com.knowpay.payment.fakes.NotificationCourier;
import com.knowpay.payment.fakes.NotificationCourier.Mode;
import com.knowpay.payment.fakes.RecordingNotificationProcessor;
import com.knowpay.payment.fakes.TestKeys;
import com.knowpay.shared.Money;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The WeChat Pay notify endpoints answer 204 / 4xx / 5xx as WeChat Pay expects, after the real verify ran. */
class WechatNotifyControllerTests {

    private static FakeWechatPayServer fake;
    private static WechatChannel channel;
    private RecordingNotificationProcessor processor;
    private MockMvc mvc;

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
    void setUp() {
        processor = new RecordingNotificationProcessor(channel);
        mvc = MockMvcBuilders.standaloneSetup(new WechatNotifyController(processor)).build();
    }

    @Test
    void aVerifiedPaymentNotificationIsAnswered204WithoutBody() throws Exception {
        String no = paidOrder(9900);

        perform("/api/pay/notify/wechat", fake.paymentNotification(no))
                .andExpect(status().isNoContent())
                .andExpect(content().string(""));

        assertThat(processor.verified()).singleElement().isInstanceOfSatisfying(TradeNotification.class,
                n -> assertThat(n.trade().amount()).isEqualTo(Money.fen(9900)));
    }

    @Test
    void aVerifiedRefundNotificationIsAnswered204() throws Exception {
        String no = paidOrder(500);
        channel.refund(new ProviderRefundCall(no, "RF" + no, Money.fen(500), Money.fen(500), "退款"));
        fake.completeRefunds(no);

        perform("/api/pay/notify/wechat/refund", fake.refundNotification(no, "RF" + no))
                .andExpect(status().isNoContent());

        assertThat(processor.verified()).singleElement().isInstanceOfSatisfying(RefundNotification.class,
                n -> assertThat(n.status()).isEqualTo(RefundOutcome.Status.SUCCEEDED));
    }

    @Test
    void aForgedNotificationIsAnswered400WithFail() throws Exception {
        String no = paidOrder(100);

        perform("/api/pay/notify/wechat", fake.paymentNotification(no).signedBy(TestKeys.ATTACKER))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.code").value("FAIL"))
                .andExpect(jsonPath("$.message").isNotEmpty());

        assertThat(processor.rejected()).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.BAD_SIGNATURE));
    }

    @Test
    void anOldReplayIsAnswered400() throws Exception {
        String no = paidOrder(100);

        perform("/api/pay/notify/wechat", fake.paymentNotification(no, Map.of(), Instant.now().minus(Duration.ofMinutes(6))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("FAIL"));

        assertThat(processor.rejected()).singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.STALE));
    }

    @Test
    void anEmptyBodyIsAnswered400WithFail() throws Exception {
        mvc.perform(post("/api/pay/notify/wechat").contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("FAIL"));
    }

    @Test
    void aNotificationThatCouldNotBeRecordedIsAnswered500SoWechatRetries() throws Exception {
        String no = paidOrder(100);
        processor.recordingFails(true);

        perform("/api/pay/notify/wechat", fake.paymentNotification(no))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.code").value("FAIL"));
    }

    @Test
    void aProcessorThatBlowsUpStillGivesWechatItsFailureForm() throws Exception {
        NotificationProcessor broken = (ChannelType type, NotificationRequest request) -> {
            throw new IllegalStateException("database is down");
        };
        MockMvc brokenMvc = MockMvcBuilders.standaloneSetup(new WechatNotifyController(broken)).build();

        brokenMvc.perform(post("/api/pay/notify/wechat").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.code").value("FAIL"))
                .andExpect(jsonPath("$.message").value("internal error; retry later"));
    }

    @Test
    void theRawBodyReachesTheChannelByteForByte() throws Exception {
        String no = paidOrder(100);
        FakeWechatNotification n = fake.paymentNotification(no);

        perform("/api/pay/notify/wechat", n).andExpect(status().isNoContent());

        assertThat(processor.verified()).hasSize(1);
    }

    @Test
    void aNotificationDeliveredTwiceIsAcknowledgedBothTimesAndRecordedOnce() {
        String no = paidOrder(100);

        List<String> answers = NotificationCourier.deliver(Mode.TWICE, List.of(fake.paymentNotification(no)), this::send);

        assertThat(answers).containsExactly("204", "204");
        assertThat(processor.inbox()).hasSize(1);
    }

    @Test
    void aRefundNotificationBeforeThePaymentNotificationIsVerifiedToo() {
        String no = paidOrder(800);
        FakeWechatNotification payment = fake.paymentNotification(no);
        channel.refund(new ProviderRefundCall(no, "RF" + no, Money.fen(800), Money.fen(800), "退款"));
        fake.completeRefunds(no);
        FakeWechatNotification refund = fake.refundNotification(no, "RF" + no);

        List<String> answers = NotificationCourier.deliver(Mode.OUT_OF_ORDER, List.of(payment, refund), this::send);

        assertThat(answers).containsExactly("204", "204");
        assertThat(processor.verified()).hasExactlyElementsOfTypes(RefundNotification.class, TradeNotification.class);
    }

    private String send(FakeWechatNotification notification) {
        try {
            String path = notification.body().contains("REFUND.") ? "/api/pay/notify/wechat/refund"
                    : "/api/pay/notify/wechat";
            return String.valueOf(perform(path, notification).andReturn().getResponse().getStatus());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private ResultActions perform(String path, FakeWechatNotification notification) throws Exception {
        MockHttpServletRequestBuilder request = post(path).contentType(MediaType.APPLICATION_JSON)
                .content(notification.body());
        notification.headers().forEach((name, value) -> {
            if (!name.equals("Content-Type")) {
                request.header(name, value);
            }
        });
        return mvc.perform(request);
    }

    private String paidOrder(long fen) {
        String no = WechatFixtures.outTradeNo();
        channel.createQrPayment(WechatFixtures.payment(no, fen));
        fake.pay(no);
        return no;
    }
}
