package com.knowpay.payment;

import static com.knowpay.support.SignIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.knowpay.account.AccountService;
import com.knowpay.catalog.CatalogService;
import com.knowpay.entitlement.EntitlementService;
import com.knowpay.order.OrderService;
import com.knowpay.order.OrderStatus;
import com.knowpay.order.OrderView;
import com.knowpay.payment.sandbox.SandboxFaults;
import com.knowpay.payment.sandbox.SandboxProvider;
import com.knowpay.support.IntegrationTest;
import com.knowpay.support.PaymentTestKit;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The janitors: a lost notification is found by the active query; outlived attempts are closed. */
@IntegrationTest
class PaymentJanitorIntegrationTests {

    @Autowired
    AccountService accounts;
    @Autowired
    CatalogService catalog;
    @Autowired
    OrderService orders;
    @Autowired
    PaymentService payments;
    @Autowired
    EntitlementService entitlements;
    @Autowired
    UserDetailsService users;
    @Autowired
    SandboxProvider provider;
    @Autowired
    SandboxFaults faults;
    @Autowired
    ActiveQueryJob activeQuery;
    @Autowired
    NotificationProcessor processor;

    @AfterEach
    void resetFaults() {
        faults.reset();
    }

    OrderView order(String learner, int courseIndex) {
        long courseId = PaymentTestKit.pricedCourses(catalog).get(courseIndex).id();
        return as(users, learner, () -> orders.placeOrder(courseId));
    }

    @Test
    void aLostNotificationIsFoundByTheActiveQuery() {
        String learner = PaymentTestKit.newLearner(accounts);
        OrderView order = order(learner, 0);
        PaymentAttemptView attempt = as(users, learner, () -> orders.startPayment(order.orderNo(), ChannelType.SANDBOX));
        faults.notificationsLost(true);
        provider.pay(attempt.paymentNo());

        Instant now = Instant.now();
        assertThat(activeQuery.queryOpenAttempts(now.plusSeconds(1), now)).isPositive();

        assertThat(as(users, learner, () -> orders.get(order.orderNo())).status()).isEqualTo(OrderStatus.PAID);
        assertThat(payments.attemptsOf(order.orderNo())).singleElement().extracting(PaymentAttemptView::status)
                .isEqualTo(AttemptStatus.SUCCEEDED);
        await().atMost(Duration.ofSeconds(10)).until(() -> entitlements.hasAccess(order.userId(), order.courseId()));
    }

    @Test
    void anAttemptThatOutlivedItsOrderIsClosedAtTheProvider() {
        String learner = PaymentTestKit.newLearner(accounts);
        OrderView order = order(learner, 1);
        PaymentAttemptView attempt = as(users, learner, () -> orders.startPayment(order.orderNo(), ChannelType.SANDBOX));

        Instant later = attempt.expiresAt().plus(Duration.ofMinutes(2));
        activeQuery.queryOpenAttempts(later, later);

        assertThat(payments.attemptsOf(order.orderNo())).singleElement().extracting(PaymentAttemptView::status)
                .isEqualTo(AttemptStatus.CLOSED);
        assertThat(provider.wallet(attempt.paymentNo()).orElseThrow().payable()).isFalse();
    }

    @Test
    void aNotificationForASwitchedOffOrUnknownChannelIsRejected() {
        NotificationRequest empty = new NotificationRequest("", java.util.Map.of(), java.util.Map.of());
        assertThat(processor.process(ChannelType.ALIPAY, empty)).isEqualTo(NotificationProcessor.NotificationOutcome.REJECTED);
        assertThat(processor.process(ChannelType.SANDBOX, empty)).isEqualTo(NotificationProcessor.NotificationOutcome.REJECTED);
    }
}
