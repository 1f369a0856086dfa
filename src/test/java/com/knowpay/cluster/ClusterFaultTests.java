package com.knowpay.cluster;

import static com.knowpay.support.PaymentTestKit.as;
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
import com.knowpay.payment.sandbox.SandboxFaults;
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
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Faults on a clustered node: RabbitMQ down (the node points at a closed port, so this runs on any
 * machine), the database down while a notification arrives, and the node dying after the provider
 * took the money but before the local commit. Nothing is lost in any of them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterFaultTests {

    static final Duration WAIT = Duration.ofSeconds(20);

    ConfigurableApplicationContext node;
    SandboxProvider provider;
    SandboxFaults faults;

    @BeforeAll
    void startNodeWithoutBroker() throws IOException {
        node = ClusterNodes.start("lonely", ClusterNodes.sharedDatabaseUrl(), true, closedPort(),
                SwitchableDatabase.class);
        provider = node.getBean(SandboxProvider.class);
        faults = node.getBean(SandboxFaults.class);
    }

    @AfterAll
    void stop() {
        if (node != null) {
            node.close();
        }
    }

    @AfterEach
    void heal() {
        SwitchableDatabase.DOWN.set(false);
        faults.reset();
    }

    record Checkout(OrderView order, String paymentNo, CourseView course) {
    }

    Checkout checkout() {
        String learner = PaymentTestKit.newLearner(node.getBean(AccountService.class));
        List<CourseView> courses = PaymentTestKit.pricedCourses(node.getBean(CatalogService.class));
        CourseView course = courses.get(ThreadLocalRandom.current().nextInt(courses.size()));
        UserDetailsService users = node.getBean(UserDetailsService.class);
        OrderService orders = node.getBean(OrderService.class);
        OrderView order = as(users, learner, () -> orders.placeOrder(course.id()));
        String paymentNo = as(users, learner, () -> orders.startPayment(order.orderNo(), ChannelType.SANDBOX))
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
        OrderView now = node.getBean(com.knowpay.order.OrderLookup.class).find(c.order().orderNo()).orElseThrow();
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
