package com.knowpay.cluster;

import static com.knowpay.support.SignIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.knowpay.account.AccountService;
import com.knowpay.catalog.CatalogService;
import com.knowpay.catalog.CourseView;
import com.knowpay.order.OrderService;
import com.knowpay.order.OrderStatus;
import com.knowpay.order.OrderView;
import com.knowpay.payment.ChannelType;
import com.knowpay.payment.sandbox.SandboxProvider;
import com.knowpay.shared.metrics.KnowPayMetrics;
import com.knowpay.support.IntegrationTest;
import com.knowpay.support.PaymentTestKit;
import io.micrometer.core.instrument.Counter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The embedded default: healthy without any broker, and the business metrics count a real payment. */
@IntegrationTest
class ObservabilityIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    CatalogService catalog;
    @Autowired
    OrderService orders;
    @Autowired
    UserDetailsService users;
    @Autowired
    SandboxProvider provider;
    @Autowired
    KnowPayMetrics metrics;

    @Test
    void healthIsUpWithoutRabbitMqAndDoesNotEvenAskForIt() {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"").doesNotContain("rabbit");
    }

    @Test
    void aSandboxPaymentIsCountedAsReceivedVerifiedAndPaid() {
        double received = notifications("received");
        double verified = notifications("verified");
        double paid = payments();
        String learner = PaymentTestKit.newLearner(accounts);
        List<CourseView> courses = PaymentTestKit.pricedCourses(catalog);
        CourseView course = courses.get(courses.size() / 2);
        OrderView order = as(users, learner, () -> orders.placeOrder(course.id()));
        String paymentNo = as(users, learner, () -> orders.startPayment(order.orderNo(), ChannelType.SANDBOX)).paymentNo();

        provider.pay(paymentNo);

        await().atMost(Duration.ofSeconds(20)).until(() ->
                as(users, learner, () -> orders.get(order.orderNo())).status() == OrderStatus.PAID);
        assertThat(notifications("received")).isGreaterThan(received);
        assertThat(notifications("verified")).isGreaterThan(verified);
        assertThat(payments()).isGreaterThan(paid);
    }

    @Test
    void metricsAreNotOpenToAnonymousVisitors() {
        assertThat(get("/actuator/prometheus").statusCode()).isIn(302, 401, 403);
        assertThat(get("/actuator/metrics").statusCode()).isIn(302, 401, 403);
    }

    private double notifications(String outcome) {
        Counter c = metrics.registry().find("knowpay.notifications").tag("channel", "SANDBOX").tag("outcome", outcome)
                .counter();
        return c == null ? 0 : c.count();
    }

    private double payments() {
        Counter c = metrics.registry().find("knowpay.payments").tag("channel", "SANDBOX").counter();
        return c == null ? 0 : c.count();
    }

    private HttpResponse<String> get(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
