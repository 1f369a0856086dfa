package com.knowpay.order;

import static com.knowpay.support.SignIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.knowpay.account.AccountService;
import com.knowpay.catalog.CatalogService;
import com.knowpay.entitlement.EntitlementService;
import com.knowpay.payment.sandbox.SandboxFaults;
import com.knowpay.payment.sandbox.SandboxProvider;
import com.knowpay.support.IntegrationTest;
import com.knowpay.support.PaymentTestKit.SandboxCheckout;
import com.knowpay.support.PaymentTestKit;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A payment is one transaction on the request path: when the provider hears "success", the
 * order is PAID, the course is in the learner's library and risk has the outcome — without waiting
 * for any after-commit work. Screens are pushed after the commit only, with the committed state.
 */
@IntegrationTest
class PaymentLandsInOneTransactionIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    CatalogService catalog;
    @Autowired
    OrderService orders;
    @Autowired
    OrderUpdates updates;
    @Autowired
    ScreenPushes screens;
    @Autowired
    EntitlementService entitlements;
    @Autowired
    UserDetailsService users;
    @Autowired
    SandboxProvider provider;
    @Autowired
    SandboxFaults faults;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void resetFaults() {
        faults.reset();
    }

    private SandboxCheckout checkout() {
        return PaymentTestKit.sandboxCheckout(accounts, catalog, orders, users);
    }

    @Test
    void when_the_provider_hears_success_the_course_is_already_the_learners() {
        SandboxCheckout c = checkout();
        faults.notificationsLost(true);
        provider.pay(c.paymentNo());
        Map<String, String> notification = provider.signedNotification(c.paymentNo());
        assertThat(entitlements.hasAccess(c.userId(), c.courseId())).isFalse();

        assertThat(PaymentTestKit.postForm(port, "/api/sandbox/notify", notification)).isEqualTo("success");

        // No waiting: these were written by the transaction the answer came after.
        assertThat(as(users, c.learner(), () -> orders.get(c.orderNo())).status()).isEqualTo(OrderStatus.PAID);
        assertThat(entitlements.hasAccess(c.userId(), c.courseId())).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM risk_signal WHERE order_ref = ? AND kind = 'ORDER_PAID'",
                Long.class, c.orderNo())).isEqualTo(1);

        // The provider's retry changes nothing.
        assertThat(PaymentTestKit.postForm(port, "/api/sandbox/notify", notification)).isEqualTo("success");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM entitlement WHERE user_id = ? AND course_id = ?",
                Long.class, c.userId(), c.courseId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM risk_signal WHERE order_ref = ? AND kind = 'ORDER_PAID'",
                Long.class, c.orderNo())).isEqualTo(1);
    }

    @Test
    void a_screen_gets_nothing_from_a_rolled_back_change_and_the_committed_state_after_a_commit() throws Exception {
        SandboxCheckout c = checkout();
        String orderNo = c.orderNo();
        List<OrderView> seen = new CopyOnWriteArrayList<>();
        OrderUpdates.Subscription subscription = updates.subscribe(orderNo, seen::add);
        try {
            // The QR code's own push may still be on its way (read again for a screen that subscribed late).
            Thread.sleep(500);
            seen.clear();
            TransactionTemplate tx = new TransactionTemplate(transactions);
            tx.executeWithoutResult(status -> {
                screens.changed(orderNo);
                status.setRollbackOnly();
            });
            // Delivery is asynchronous: give a wrong push the time it would need, then check none came.
            Thread.sleep(500);
            assertThat(seen).isEmpty();

            as(users, c.learner(), () -> orders.cancel(orderNo));
            await().atMost(Duration.ofSeconds(10)).until(() -> !seen.isEmpty());
            assertThat(seen).last().satisfies(v -> {
                assertThat(v.status()).isEqualTo(OrderStatus.CANCELLED);
                assertThat(v.cancelReason()).isEqualTo(CancelReason.USER);
            });
        } finally {
            subscription.cancel();
        }
    }

    @Test
    void provider_notifications_create_no_session_and_need_no_token() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/sandbox/notify"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("out_trade_no=P-nobody&trade_status=TRADE_SUCCESS&sign=forged"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("failure");
        assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();
    }
}
