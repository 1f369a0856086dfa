package com.knowpay.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.knowpay.account.AccountService;
import com.knowpay.account.RegisterCommand;
import com.knowpay.catalog.CatalogService;
import com.knowpay.catalog.CourseSearch;
import com.knowpay.catalog.CourseView;
import com.knowpay.entitlement.EntitlementService;
import com.knowpay.order.OrderService;
import com.knowpay.order.OrderStatus;
import com.knowpay.order.OrderUpdates;
import com.knowpay.order.OrderView;
import com.knowpay.payment.fakes.FakeSwitches;
import com.knowpay.shared.security.Role;
import com.knowpay.support.IntegrationTest;
import com.knowpay.support.RunAs;
import com.knowpay.support.SignIn;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Alipay and WeChat Pay switched on and pointed at the protocol-faithful fakes: a learner checks
 * out, the real SDK creates the QR at the fake, the fake "buyer" pays and the fake provider posts
 * its signed notification to our real notify endpoint, and the screen subscribed to the order is
 * pushed PAID — the same path as the sandbox. Also: duplicates change nothing, a lost
 * notification is found by "I have paid", and a provider error is a clear state, not a crash.
 */
@IntegrationTest
class RealChannelsCheckoutIntegrationTests extends RealChannelsContext {

    @LocalServerPort int port;
    @Autowired OrderService orders;
    @Autowired OrderUpdates updates;
    @Autowired AccountService accounts;
    @Autowired CatalogService catalog;
    @Autowired EntitlementService entitlements;
    @Autowired UserDetailsService users;

    String learner;
    long learnerId;
    CourseView course;
    final List<OrderView> pushed = new CopyOnWriteArrayList<>();
    OrderUpdates.Subscription screen;

    @BeforeEach
    void newLearner() {
        learner = "real" + RunAs.unique();
        learnerId = accounts.register(new RegisterCommand(learner, null, null, "Pay" + RunAs.unique() + "7", Role.LEARNER)).id();
        course = catalog.search(CourseSearch.all(), 0, 50).getContent().stream()
                .filter(c -> c.price().fen() > 1000).findFirst().orElseThrow();
        ALIPAY.switches().reset();
        WECHAT.switches().reset();
    }

    @AfterEach
    void closeScreen() {
        if (screen != null) {
            screen.cancel();
        }
    }

    @Test
    void bothRealChannelsAreOfferedAtCheckout() {
        assertThat(orders.availableChannels()).contains(ChannelType.ALIPAY, ChannelType.WECHAT, ChannelType.SANDBOX);
    }

    @Test
    void alipayPaymentLandsThroughTheNotifyEndpointAndPushesTheScreen() {
        OrderView order = openCheckout();
        PaymentAttemptView attempt = as(() -> orders.startPayment(order.orderNo(), ChannelType.ALIPAY));
        assertThat(attempt.status()).isEqualTo(AttemptStatus.PENDING);
        assertThat(attempt.qrContent()).isEqualTo(ALIPAY.trade(attempt.paymentNo()).qrContentForTest());

        ALIPAY.pay(attempt.paymentNo());
        var notification = ALIPAY.notification(attempt.paymentNo());
        assertThat(ALIPAY.post(notification, notifyUri("alipay"))).isEqualTo("success");

        assertScreenFlipsToPaid(order);
        // Alipay retries until it hears "success": the retry is acknowledged and changes nothing
        assertThat(ALIPAY.post(notification, notifyUri("alipay"))).isEqualTo("success");
        OrderView after = as(() -> orders.get(order.orderNo()));
        assertThat(after.status()).isEqualTo(OrderStatus.PAID);
        assertThat(after.attempts()).singleElement().satisfies(a -> assertThat(a.status()).isEqualTo(AttemptStatus.SUCCEEDED));
    }

    @Test
    void alipayNotificationWithATamperedAmountIsRefusedAndPaysNothing() {
        OrderView order = openCheckout();
        PaymentAttemptView attempt = as(() -> orders.startPayment(order.orderNo(), ChannelType.ALIPAY));
        ALIPAY.pay(attempt.paymentNo());
        var forged = ALIPAY.notification(attempt.paymentNo()).tampered("total_amount", "0.01");

        assertThat(ALIPAY.post(forged, notifyUri("alipay"))).isEqualTo("failure");
        assertThat(as(() -> orders.get(order.orderNo())).status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
    }

    @Test
    void wechatPaymentLandsThroughTheNotifyEndpointAndPushesTheScreen() {
        OrderView order = openCheckout();
        PaymentAttemptView attempt = as(() -> orders.startPayment(order.orderNo(), ChannelType.WECHAT));
        assertThat(attempt.status()).isEqualTo(AttemptStatus.PENDING);
        assertThat(attempt.qrContent()).startsWith("weixin://");

        WECHAT.pay(attempt.paymentNo());
        var notification = WECHAT.paymentNotification(attempt.paymentNo());
        assertThat(notification.post(notifyUri("wechat"))).startsWith("204");

        assertScreenFlipsToPaid(order);
        assertThat(notification.post(notifyUri("wechat"))).startsWith("204");
        assertThat(as(() -> orders.get(order.orderNo())).attempts()).hasSize(1);
    }

    @Test
    void wechatPaymentWhoseNotificationIsLostIsFoundByIHavePaid() {
        OrderView order = openCheckout();
        PaymentAttemptView attempt = as(() -> orders.startPayment(order.orderNo(), ChannelType.WECHAT));
        WECHAT.pay(attempt.paymentNo()); // the provider has the money; its notification never arrives

        OrderView checked = as(() -> orders.checkNow(order.orderNo()));

        assertThat(checked.status()).isEqualTo(OrderStatus.PAID);
        assertScreenFlipsToPaid(order);
    }

    @Test
    void providerErrorsAtCheckoutAreAClearStateAndTheLearnerCanTryAgain() {
        OrderView order = openCheckout();
        ALIPAY.switches().failNext(FakeSwitches.Fault.SYSTEM_ERROR);

        PaymentAttemptView failed = as(() -> orders.startPayment(order.orderNo(), ChannelType.ALIPAY));
        assertThat(failed.status()).isEqualTo(AttemptStatus.FAILED);
        assertThat(failed.failureReason()).isNotBlank().doesNotContain("Exception");
        assertThat(as(() -> orders.get(order.orderNo())).status()).isEqualTo(OrderStatus.PENDING_PAYMENT);

        PaymentAttemptView retry = as(() -> orders.startPayment(order.orderNo(), ChannelType.WECHAT));
        assertThat(retry.status()).isEqualTo(AttemptStatus.PENDING);
    }

    private OrderView openCheckout() {
        OrderView order = as(() -> orders.placeOrder(course.id()));
        screen = updates.subscribe(order.orderNo(), pushed::add);
        return order;
    }

    private void assertScreenFlipsToPaid(OrderView order) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(pushed).anySatisfy(v -> assertThat(v.status()).isEqualTo(OrderStatus.PAID)));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> entitlements.hasAccess(learnerId, course.id()));
    }

    private URI notifyUri(String channel) {
        return URI.create("http://127.0.0.1:" + port + "/api/pay/notify/" + channel);
    }

    private <T> T as(java.util.function.Supplier<T> call) {
        return SignIn.as(users, learner, call);
    }
}
