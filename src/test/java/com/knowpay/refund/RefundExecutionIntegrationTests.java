package com.knowpay.refund;

import static org.assertj.core.api.Assertions.assertThat;

import com.knowpay.account.AccountService;
import com.knowpay.catalog.CatalogService;
import com.knowpay.entitlement.EntitlementService;
import com.knowpay.ledger.LedgerService;
import com.knowpay.order.OrderBackOffice;
import com.knowpay.order.OrderService;
import com.knowpay.order.OrderStatus;
import com.knowpay.payment.ChannelType;
import com.knowpay.payment.CreatePayment;
import com.knowpay.payment.NotificationProcessor.NotificationOutcome;
import com.knowpay.payment.NotificationRequest;
import com.knowpay.payment.PaymentChannel;
import com.knowpay.payment.RefundOutcome;
import com.knowpay.payment.RefundBook.Trigger;
import com.knowpay.payment.RefundExecution;
import com.knowpay.payment.VerifiedNotification;
import com.knowpay.payment.VerifiedNotification.RefundNotification;
import com.knowpay.payment.alipay.AlipayChannel;
import com.knowpay.payment.alipay.AlipaySettings;
import com.knowpay.payment.fakes.FakeAlipayGateway;
import com.knowpay.payment.fakes.FakeSwitches.Fault;
import com.knowpay.payment.fakes.FakeWechatNotification;
import com.knowpay.payment.fakes.FakeWechatPayServer;
import com.knowpay.payment.fakes.TestKeys;
import com.knowpay.payment.sandbox.SandboxProvider;
import com.knowpay.payment.wechat.WechatChannel;
import com.knowpay.payment.wechat.WechatSettings;
import com.knowpay.shared.Money;
import com.knowpay.support.IntegrationTest;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * People's refunds through the payment core's {@link RefundExecution} against the real Alipay and
 * WeChat Pay channel objects talking to the fake gateways (record → call outside a transaction →
 * record), provider failures and retries with the same refund number, refund notifications (also one
 * that arrives before the refund row committed), and the janitor.
 */
@IntegrationTest
class RefundExecutionIntegrationTests {

    @Autowired AccountService accounts;
    @Autowired CatalogService catalog;
    @Autowired OrderService orders;
    @Autowired OrderBackOffice backOffice;
    @Autowired EntitlementService entitlements;
    @Autowired LedgerService ledger;
    @Autowired UserDetailsService users;
    @Autowired SandboxProvider provider;
    @Autowired RefundTransitions transitions;
    @Autowired RefundExecution jobs;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;

    RefundFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new RefundFixtures(accounts, catalog, orders, entitlements, ledger, users, provider);
    }

    /** A learner's approved (not yet executed) refund of a paid order, moved to {@code channel}. */
    RefundView approved(RefundFixtures.Paid paid, String yuan, ChannelType channel) {
        RefundView asked = transitions.create(paid.orderNo(), Money.ofYuan(yuan), "test refund", Initiator.LEARNER,
                paid.userId(), null);
        jdbc.update("UPDATE refund_request SET channel = ? WHERE refund_no = ?", channel.name(), asked.refundNo());
        RefundView approved = transitions.approve(asked.refundNo(), fixtures.userId("admin"), "ok");
        assertThat(approved.status()).isEqualTo(RefundStatus.APPROVED);
        return approved;
    }

    /** The payment core's refund execution, pointed at one channel object (a real SDK client on a fake gateway). */
    RefundExecutor through(PaymentChannel channel) {
        RefundExecution execution = RefundExecution.over(List.of(channel));
        return (refundNo, adminId, note) -> execution.execute(transitions, refundNo, new Trigger(adminId, note));
    }

    interface RefundExecutor {
        Optional<RefundView> execute(String refundNo, Long adminId, String note);
    }

    static AlipayChannel alipay(FakeAlipayGateway fake) {
        return AlipayChannel.create(new AlipaySettings(true, FakeAlipayGateway.APP_ID, FakeAlipayGateway.SELLER_ID,
                TestKeys.ALIPAY_APP.privateBase64(), null, TestKeys.ALIPAY_PLATFORM.publicBase64(), null,
                URI.create(fake.gatewayUrl()), "https://pay.example.com/api/pay/notify/alipay").resolve(),
                Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    static WechatChannel wechat(FakeWechatPayServer fake) {
        return WechatChannel.create(new WechatSettings(true, FakeWechatPayServer.MCH_ID, FakeWechatPayServer.APP_ID,
                FakeWechatPayServer.MERCHANT_SERIAL, TestKeys.WECHAT_MERCHANT.privatePem(), null,
                FakeWechatPayServer.API_V3_KEY, null, TestKeys.WECHAT_PLATFORM.publicPem(), null,
                FakeWechatPayServer.PUBLIC_KEY_ID, URI.create(fake.baseUrl()),
                "https://pay.example.com/api/pay/notify/wechat").resolve(), Clock.systemUTC(),
                Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    /** The provider holds a paid trade under the order's payment number. */
    static String paidAtProvider(PaymentChannel channel, RefundFixtures.Paid paid, Runnable pay) {
        String paymentNo = paid.order().attempts().getFirst().paymentNo();
        channel.createQrPayment(new CreatePayment(paymentNo, paid.order().amount(), "refund test",
                Instant.now().plusSeconds(900)));
        pay.run();
        return paymentNo;
    }

    @Test
    void alipayRefundFailsOnceThenSucceedsWithTheSameRefundNumber() throws Exception {
        try (FakeAlipayGateway fake = new FakeAlipayGateway()) {
            AlipayChannel channel = alipay(fake);
            RefundFixtures.Paid paid = fixtures.paidOrder(RefundFlowIntegrationTests.BELOW_THRESHOLD);
            String paymentNo = paidAtProvider(channel, paid, () -> fake.pay(paid.order().attempts().getFirst().paymentNo()));
            RefundView refund = approved(paid, "30.00", ChannelType.ALIPAY);
            RefundExecutor executor = through(channel);

            fake.switches().failNext(Fault.SYSTEM_ERROR);
            RefundView first = executor.execute(refund.refundNo(), null, null).orElseThrow();
            assertThat(first.status()).isEqualTo(RefundStatus.FAILED);
            assertThat(first.retryable()).isTrue();
            assertThat(backOffice.refundable(paid.orderNo()).orElseThrow().reserved()).isEqualTo(Money.ofYuan("30.00"));

            RefundView second = executor.execute(refund.refundNo(), null, null).orElseThrow();
            assertThat(second.status()).isEqualTo(RefundStatus.SUCCEEDED);

            List<String> refundCalls = fake.calls().stream().filter(c -> "alipay.trade.refund".equals(c.get("method")))
                    .map(c -> c.get("biz_content")).toList();
            assertThat(refundCalls).hasSize(2).allSatisfy(biz -> assertThat(biz)
                    .contains("\"out_request_no\":\"" + refund.refundNo() + "\"").contains(paymentNo));
            assertThat(fake.trade(paymentNo).refunds()).hasSize(1);
            assertThat(backOffice.refundable(paid.orderNo()).orElseThrow().status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
            // Nothing left to do: executing again does not call the provider.
            assertThat(executor.execute(refund.refundNo(), null, null)).isEmpty();
        }
    }

    @Test
    void aProviderRefusalFailsForGoodReleasesTheMoneyAndAManualRetryReservesItAgain() throws Exception {
        try (FakeAlipayGateway fake = new FakeAlipayGateway()) {
            AlipayChannel channel = alipay(fake);
            RefundFixtures.Paid paid = fixtures.paidOrder(RefundFlowIntegrationTests.BELOW_THRESHOLD);
            paidAtProvider(channel, paid, () -> fake.pay(paid.order().attempts().getFirst().paymentNo()));
            RefundView refund = approved(paid, "149.00", ChannelType.ALIPAY);
            RefundExecutor executor = through(channel);

            fake.switches().failNext(Fault.BUSINESS_ERROR);
            RefundView failed = executor.execute(refund.refundNo(), null, null).orElseThrow();
            assertThat(failed.status()).isEqualTo(RefundStatus.FAILED);
            assertThat(failed.retryable()).isFalse();
            assertThat(failed.lastError()).isNotBlank();
            assertThat(backOffice.refundable(paid.orderNo()).orElseThrow().reserved().isZero()).isTrue();
            assertThat(jobs.retryUnfinished(Instant.now().plusSeconds(1))).isGreaterThanOrEqualTo(0);
            assertThat(transitions.find(refund.refundNo()).orElseThrow().status()).isEqualTo(RefundStatus.FAILED);

            RefundView retried = executor.execute(refund.refundNo(), fixtures.userId("admin"), "manual retry").orElseThrow();
            assertThat(retried.status()).isEqualTo(RefundStatus.SUCCEEDED);
            assertThat(backOffice.refundable(paid.orderNo()).orElseThrow().status()).isEqualTo(OrderStatus.REFUNDED);
        }
    }

    @Test
    void wechatRefundIsProcessingUntilItsNotificationAndAReplayChangesNothing() throws Exception {
        try (FakeWechatPayServer fake = new FakeWechatPayServer()) {
            fake.refundsSucceedAtOnce(false);
            WechatChannel channel = wechat(fake);
            RefundFixtures.Paid paid = fixtures.paidOrder(RefundFlowIntegrationTests.BELOW_THRESHOLD);
            String paymentNo = paidAtProvider(channel, paid, () -> fake.pay(paid.order().attempts().getFirst().paymentNo()));
            RefundView refund = approved(paid, "149.00", ChannelType.WECHAT);
            RefundExecutor executor = through(channel);

            assertThat(executor.execute(refund.refundNo(), null, null).orElseThrow().status())
                    .isEqualTo(RefundStatus.PROCESSING);
            assertThat(fake.trade(paymentNo).refunds()).containsKey(refund.refundNo());

            fake.completeRefunds(paymentNo);
            FakeWechatNotification sent = fake.refundNotification(paymentNo, refund.refundNo());
            VerifiedNotification verified = channel.verify(new NotificationRequest(sent.body(), sent.headers(), Map.of()));
            RefundNotification n = (RefundNotification) verified;

            assertThat(transitions.notified(ChannelType.WECHAT, n)).contains(NotificationOutcome.APPLIED);
            assertThat(transitions.find(refund.refundNo()).orElseThrow().status()).isEqualTo(RefundStatus.SUCCEEDED);
            assertThat(backOffice.refundable(paid.orderNo()).orElseThrow().status()).isEqualTo(OrderStatus.REFUNDED);
            assertThat(transitions.notified(ChannelType.WECHAT, n)).contains(NotificationOutcome.ACKNOWLEDGED);
            assertThat(backOffice.refundable(paid.orderNo()).orElseThrow().refunded()).isEqualTo(Money.ofYuan("149.00"));
            // Access goes with a full refund.
            org.awaitility.Awaitility.await().atMost(RefundFixtures.WAIT)
                    .until(() -> !entitlements.hasAccess(paid.userId(), paid.order().courseId()));
        }
    }

    @Test
    void wechatRefundWithoutNotificationIsSettledByQuery() throws Exception {
        try (FakeWechatPayServer fake = new FakeWechatPayServer()) {
            fake.refundsSucceedAtOnce(false);
            WechatChannel channel = wechat(fake);
            RefundFixtures.Paid paid = fixtures.paidOrder(RefundFlowIntegrationTests.BELOW_THRESHOLD);
            String paymentNo = paidAtProvider(channel, paid, () -> fake.pay(paid.order().attempts().getFirst().paymentNo()));
            RefundView refund = approved(paid, "9.00", ChannelType.WECHAT);
            RefundExecutor executor = through(channel);

            assertThat(executor.execute(refund.refundNo(), null, null).orElseThrow().status())
                    .isEqualTo(RefundStatus.PROCESSING);
            assertThat(executor.execute(refund.refundNo(), null, null).orElseThrow().status())
                    .as("still processing at the provider").isEqualTo(RefundStatus.PROCESSING);
            fake.completeRefunds(paymentNo);

            assertThat(executor.execute(refund.refundNo(), null, null).orElseThrow().status())
                    .isEqualTo(RefundStatus.SUCCEEDED);
            assertThat(fake.trade(paymentNo).refunds()).hasSize(1);
            assertThat(backOffice.refundable(paid.orderNo()).orElseThrow().status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
        }
    }

    @Test
    void theJanitorSendsAnApprovedRefundThatWasNeverCalled() {
        RefundFixtures.Paid paid = fixtures.paidOrder(RefundFlowIntegrationTests.BELOW_THRESHOLD);
        RefundView refund = approved(paid, "5.00", ChannelType.SANDBOX);

        jobs.retryUnfinished(Instant.now().plusSeconds(1));

        assertThat(transitions.find(refund.refundNo()).orElseThrow().status()).isEqualTo(RefundStatus.SUCCEEDED);
    }

    @Test
    void aRefundNotificationBeforeTheRefundRowCommittedIsRetriedNotLost() throws Exception {
        RefundFixtures.Paid paid = fixtures.paidOrder(RefundFlowIntegrationTests.BELOW_THRESHOLD);
        String paymentNo = paid.order().attempts().getFirst().paymentNo();
        AtomicReference<String> refundNo = new AtomicReference<>();
        CountDownLatch created = new CountDownLatch(1);
        CountDownLatch checked = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> creating = pool.submit(() -> tx.executeWithoutResult(s -> {
                refundNo.set(transitions.create(paid.orderNo(), Money.ofYuan("5.00"), "race", Initiator.LEARNER,
                        paid.userId(), null).refundNo());
                created.countDown();
                try {
                    checked.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(created.await(10, TimeUnit.SECONDS)).isTrue();
            RefundNotification early = new RefundNotification("TEST-REFUND:" + refundNo.get(), paymentNo,
                    refundNo.get(), "PRV-" + refundNo.get(), RefundOutcome.Status.SUCCEEDED, Money.ofYuan("5.00"),
                    Instant.now(), "{\"refund_status\":\"SUCCESS\"}");

            assertThat(transitions.notified(ChannelType.SANDBOX, early))
                    .as("row not committed yet: the provider must deliver again").contains(NotificationOutcome.FAILED);
            checked.countDown();
            creating.get(10, TimeUnit.SECONDS);

            assertThat(transitions.notified(ChannelType.SANDBOX, early))
                    .as("committed but not sent yet").contains(NotificationOutcome.FAILED);
            transitions.approve(refundNo.get(), fixtures.userId("admin"), "ok");
            assertThat(transitions.startCall(refundNo.get(), Trigger.SYSTEM)).isPresent();

            assertThat(transitions.notified(ChannelType.SANDBOX, early)).contains(NotificationOutcome.APPLIED);
            assertThat(transitions.find(refundNo.get()).orElseThrow().status()).isEqualTo(RefundStatus.SUCCEEDED);
            assertThat(backOffice.refundable(paid.orderNo()).orElseThrow().refunded()).isEqualTo(Money.ofYuan("5.00"));
        } finally {
            pool.shutdownNow();
        }
        RefundNotification foreign = new RefundNotification("TEST-REFUND:X1", paymentNo, "SOMEONE-ELSES-1",
                null, RefundOutcome.Status.SUCCEEDED, Money.ofYuan("1.00"), Instant.now(), "{}");
        assertThat(transitions.notified(ChannelType.SANDBOX, foreign)).isEqualTo(Optional.empty());
    }
}
