package com.knowpay.payment.alipay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.knowpay.payment.ChannelType;
import com.knowpay.payment.NotificationProcessor;
import com.knowpay.payment.NotificationRejectedException.Reason;
import com.knowpay.payment.NotificationRequest;
import com.knowpay.payment.TradeState;
import com.knowpay.payment.VerifiedNotification.TradeNotification;
import com.knowpay.payment.fakes.FakeAlipayGateway;
import com.knowpay.payment.fakes.FakeAlipayNotification;
import com.knowpay.payment.fakes.NotificationCourier;
import com.knowpay.payment.fakes.NotificationCourier.Mode;
import com.knowpay.payment.fakes.RecordingNotificationProcessor;
import com.knowpay.payment.fakes.TestKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** {@code POST /api/pay/notify/alipay} answers exactly what Alipay expects, after the real verify ran. */
class AlipayNotifyControllerTests {

    private static FakeAlipayGateway fake;
    private static AlipayChannel channel;
    private RecordingNotificationProcessor processor;
    private MockMvc mvc;

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
    void setUp() {
        processor = new RecordingNotificationProcessor(channel);
        mvc = MockMvcBuilders.standaloneSetup(new AlipayNotifyController(processor)).build();
    }

    @Test
    void aVerifiedNotificationIsAnsweredSuccess() throws Exception {
        String no = paidTrade();

        mvc.perform(post("/api/pay/notify/alipay").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content(fake.notification(no).formBody()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_PLAIN))
                .andExpect(content().string("success"));

        assertThat(processor.verified()).singleElement().isInstanceOfSatisfying(TradeNotification.class, n -> {
            assertThat(n.trade().outTradeNo()).isEqualTo(no);
            assertThat(n.trade().state()).isEqualTo(TradeState.PAID);
        });
    }

    @Test
    void aForgedNotificationIsAnsweredFailure() throws Exception {
        String no = paidTrade();

        assertThat(send(fake.notification(no).signedBy(TestKeys.ATTACKER))).isEqualTo("failure");
        assertThat(processor.rejected()).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.BAD_SIGNATURE));
    }

    @Test
    void aTamperedAmountIsAnsweredFailure() throws Exception {
        String no = paidTrade();

        assertThat(send(fake.notification(no).tampered("total_amount", "0.01"))).isEqualTo("failure");
        assertThat(processor.verified()).isEmpty();
    }

    @Test
    void aNotificationThatCouldNotBeRecordedIsAnsweredFailureSoAlipayRetries() throws Exception {
        String no = paidTrade();
        processor.recordingFails(true);

        assertThat(send(fake.notification(no))).isEqualTo("failure");
        assertThat(processor.verified()).hasSize(1);
    }

    @Test
    void aProcessorThatBlowsUpStillAnswersFailure() throws Exception {
        NotificationProcessor broken = (ChannelType type, NotificationRequest request) -> {
            throw new IllegalStateException("database is down");
        };
        MockMvc brokenMvc = MockMvcBuilders.standaloneSetup(new AlipayNotifyController(broken)).build();

        brokenMvc.perform(post("/api/pay/notify/alipay").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content(fake.notification(paidTrade()).formBody()))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string("failure"));
    }

    @Test
    void aNotificationDeliveredTwiceIsAnsweredSuccessBothTimesAndRecordedOnce() {
        String no = paidTrade();

        List<String> answers = NotificationCourier.deliver(Mode.TWICE, List.of(fake.notification(no)), this::send);

        assertThat(answers).containsExactly("success", "success");
        assertThat(processor.verified()).hasSize(2);
        assertThat(processor.inbox()).hasSize(1);
    }

    @Test
    void notificationsOutOfOrderAreEachVerified() {
        String no = AlipayFixtures.outTradeNo();
        channel.createQrPayment(AlipayFixtures.payment(no, "8.00"));
        fake.scan(no);
        FakeAlipayNotification waiting = fake.notification(no);
        fake.pay(no);
        FakeAlipayNotification paid = fake.notification(no);

        List<String> answers = NotificationCourier.deliver(Mode.OUT_OF_ORDER, List.of(waiting, paid), this::send);

        assertThat(answers).containsExactly("success", "success");
        assertThat(processor.verified()).extracting(n -> ((TradeNotification) n).trade().state())
                .containsExactly(TradeState.PAID, TradeState.WAITING);
    }

    @Test
    void aNotificationNeverDeliveredLeavesNothingRecorded() {
        String no = paidTrade();

        assertThat(NotificationCourier.deliver(Mode.NEVER, List.of(fake.notification(no)), this::send)).isEmpty();
        assertThat(processor.verified()).isEmpty();
    }

    private String send(FakeAlipayNotification notification) {
        try {
            return mvc.perform(post("/api/pay/notify/alipay").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                            .content(notification.formBody()))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String paidTrade() {
        String no = AlipayFixtures.outTradeNo();
        channel.createQrPayment(AlipayFixtures.payment(no, "99.00"));
        fake.pay(no);
        return no;
    }
}
