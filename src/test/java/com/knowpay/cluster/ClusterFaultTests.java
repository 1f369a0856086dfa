package com.knowpay.cluster;

import static com.knowpay.support.SignIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.knowpay.account.AccountService;
import com.knowpay.catalog.CatalogService;
import com.knowpay.catalog.CourseView;
import com.knowpay.entitlement.EntitlementService;
import com.knowpay.order.OrderService;
import com.knowpay.order.OrderStatus;
import com.knowpay.order.OrderUpdates;
import com.knowpay.order.OrderView;
import com.knowpay.payment.ChannelType;
import com.knowpay.payment.fakes.FakeWechatPayServer;
import com.knowpay.payment.fakes.TestKeys;
import com.knowpay.payment.sandbox.SandboxFaults;
import com.knowpay.payment.sandbox.SandboxKeys;
import com.knowpay.payment.sandbox.SandboxProvider;
import com.knowpay.shared.metrics.KnowPayMetrics;
import com.knowpay.support.PaymentTestKit;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Faults on a clustered node: RabbitMQ down (the node points at a closed port, so this runs on any
 * machine), the database down while a notification arrives, and the node dying after the provider
 * took the money but before the local commit. Nothing is lost in any of them. The node also has
 * WeChat Pay (against the fake gateway) so the log test can look for its APIv3 key.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterFaultTests {

    static final Duration WAIT = Duration.ofSeconds(20);

    ConfigurableApplicationContext node;
    FakeWechatPayServer wechat;
    SandboxProvider provider;
    SandboxFaults faults;

    @BeforeAll
    void startNodeWithoutBroker() throws IOException {
        wechat = new FakeWechatPayServer();
        Map<String, String> wechatOnFake = Map.of(
                "knowpay.payment.wechat.enabled", "true",
                "knowpay.payment.wechat.mch-id", FakeWechatPayServer.MCH_ID,
                "knowpay.payment.wechat.app-id", FakeWechatPayServer.APP_ID,
                "knowpay.payment.wechat.merchant-serial-number", FakeWechatPayServer.MERCHANT_SERIAL,
                "knowpay.payment.wechat.private-key", TestKeys.WECHAT_MERCHANT.privateBase64(),
                "knowpay.payment.wechat.api-v3-key", FakeWechatPayServer.API_V3_KEY,
                "knowpay.payment.wechat.public-key", TestKeys.WECHAT_PLATFORM.publicBase64(),
                "knowpay.payment.wechat.public-key-id", FakeWechatPayServer.PUBLIC_KEY_ID,
                "knowpay.payment.wechat.base-url", wechat.baseUrl(),
                "knowpay.payment.wechat.notify-url", "https://pay.example.com/api/pay/notify/wechat");
        node = ClusterNodes.start("lonely", ClusterNodes.sharedDatabaseUrl(), true, closedPort(), wechatOnFake,
                SwitchableDatabase.class);
        provider = node.getBean(SandboxProvider.class);
        faults = node.getBean(SandboxFaults.class);
    }

    @AfterAll
    void stop() throws IOException {
        if (node != null) {
            node.close();
        }
        wechat.close();
    }

    @AfterEach
    void heal() {
        SwitchableDatabase.DOWN.set(false);
        faults.reset();
    }

    record Checkout(OrderView order, String paymentNo, CourseView course) {
    }

    Checkout checkout() {
        return checkout(ChannelType.SANDBOX);
    }

    Checkout checkout(ChannelType channel) {
        String learner = PaymentTestKit.newLearner(node.getBean(AccountService.class));
        List<CourseView> courses = PaymentTestKit.pricedCourses(node.getBean(CatalogService.class));
        CourseView course = courses.get(ThreadLocalRandom.current().nextInt(courses.size()));
        UserDetailsService users = node.getBean(UserDetailsService.class);
        OrderService orders = node.getBean(OrderService.class);
        OrderView order = as(users, learner, () -> orders.placeOrder(course.id()));
        String paymentNo = as(users, learner, () -> orders.startPayment(order.orderNo(), channel))
                .paymentNo();
        return new Checkout(order, paymentNo, course);
    }

    /** The provider took the money, but its notification does not arrive on its own. */
    Map<String, String> paidAtProviderOnly(Checkout c) {
        faults.notificationsLost(true);
        provider.pay(c.paymentNo());
        return provider.signedNotification(c.paymentNo());
    }

    String notify(Map<String, String> signed) {
        return PaymentTestKit.postForm(ClusterNodes.port(node), "/api/sandbox/notify", signed);
    }

    boolean paidWithAccess(Checkout c) {
        OrderView now = node.getBean(com.knowpay.order.OrderBackOffice.class).find(c.order().orderNo()).orElseThrow();
        return now.status() == OrderStatus.PAID
                && node.getBean(EntitlementService.class).hasAccess(c.order().userId(), c.course().id());
    }

    @Test
    void withRabbitMqDownAPaymentIsStillRecordedAndThisNodesScreenStillUpdated() {
        Checkout c = checkout();
        BlockingQueue<OrderView> screen = new LinkedBlockingQueue<>();
        OrderUpdates.Subscription subscription = node.getBean(OrderUpdates.class).subscribe(c.order().orderNo(), screen::add);
        try {
            assertThat(notify(paidAtProviderOnly(c))).isEqualTo("success");
            await().atMost(WAIT).until(() -> paidWithAccess(c));
            await().atMost(WAIT).until(() -> screen.stream().anyMatch(v -> v.status() == OrderStatus.PAID));
        } finally {
            subscription.cancel();
        }
        // A broker outage must not take the node out of the load balancer.
        assertThat(get("/actuator/health/readiness")).contains("\"UP\"");
        assertThat(get("/actuator/health")).contains("\"rabbit\"");
    }

    @Test
    void databaseDownAnswersFailureAndTheProvidersRetryAfterwardsSucceeds() {
        Checkout c = checkout();
        Map<String, String> signed = paidAtProviderOnly(c);
        KnowPayMetrics metrics = node.getBean(KnowPayMetrics.class);
        double failedBefore = count(metrics, "failed");

        SwitchableDatabase.DOWN.set(true);
        String answer = notify(signed);
        SwitchableDatabase.DOWN.set(false);

        assertThat(answer).isEqualTo("failure");
        assertThat(count(metrics, "failed")).isEqualTo(failedBefore + 1);
        assertThat(paidWithAccess(c)).isFalse();
        // The provider retries the very same notification.
        assertThat(notify(signed)).isEqualTo("success");
        await().atMost(WAIT).until(() -> paidWithAccess(c));
        assertThat(notify(signed)).as("a further retry changes nothing").isEqualTo("success");
    }

    @Test
    void nodeDiedAfterTheProviderTookTheMoneyAndTheActiveQueryRecoversIt() throws Exception {
        Checkout c = checkout();
        // The provider reported success, but nothing was committed here (the node died mid-way,
        // the notification never came back).
        paidAtProviderOnly(c);
        assertThat(paidWithAccess(c)).isFalse();

        Class<?> jobType = Class.forName("com.knowpay.payment.ActiveQueryJob");
        Method query = jobType.getDeclaredMethod("queryOpenAttempts", Instant.class, Instant.class);
        query.setAccessible(true);
        Instant now = Instant.now();
        query.invoke(node.getBean(jobType), now.plusSeconds(1), now);

        await().atMost(WAIT).until(() -> paidWithAccess(c));
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void noProviderSecretReachesTheLogsDuringPayments(CapturedOutput output) {
        Checkout sandbox = checkout();
        provider.pay(sandbox.paymentNo());
        Checkout wechatPaid = checkout(ChannelType.WECHAT);
        wechat.pay(wechatPaid.paymentNo());
        String answer = wechat.paymentNotification(wechatPaid.paymentNo())
                .post(URI.create("http://127.0.0.1:" + ClusterNodes.port(node) + "/api/pay/notify/wechat"));
        assertThat(answer).startsWith("204");
        await().atMost(WAIT).until(() -> paidWithAccess(sandbox) && paidWithAccess(wechatPaid));

        String sandboxKey = Base64.getEncoder().encodeToString(
                node.getBean(SandboxKeys.class).providerPrivateKey().getEncoded());
        String merchantKey = TestKeys.WECHAT_MERCHANT.privateBase64();
        assertThat(output.getAll()).contains(sandbox.paymentNo())
                .doesNotContain(FakeWechatPayServer.API_V3_KEY)
                .doesNotContain(sandboxKey.substring(100, 164))
                .doesNotContain(merchantKey.substring(100, 164));
    }

    private static double count(KnowPayMetrics metrics, String outcome) {
        var counter = metrics.registry().find("knowpay.notifications").tag("channel", "SANDBOX")
                .tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private String get(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + ClusterNodes.port(node) + path)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
