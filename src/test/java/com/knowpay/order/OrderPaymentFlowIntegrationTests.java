package com.knowpay.order;

import static com.knowpay.support.SignIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.knowpay.account.AccountService;
import com.knowpay.catalog.CatalogService;
import com.knowpay.catalog.CourseView;
import com.knowpay.entitlement.EntitlementService;
import com.knowpay.payment.AttemptStatus;
import com.knowpay.payment.ChannelType;
import com.knowpay.payment.PaymentAttemptView;
import com.knowpay.payment.sandbox.SandboxFaults;
import com.knowpay.payment.sandbox.SandboxProvider;
import com.knowpay.shared.DomainException;
import com.knowpay.support.IntegrationTest;
import com.knowpay.support.PaymentTestKit;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Orders and payments together on the real engine with the sandbox provider: late payments,
 * double payments, cancel racing with payment, and the sweeper's query-before-close.
 */
@IntegrationTest
class OrderPaymentFlowIntegrationTests {

    static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    AccountService accounts;
    @Autowired
    CatalogService catalog;
    @Autowired
    OrderService orders;
    @Autowired
    OrderTimeouts timeouts;
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

    @AfterEach
    void resetFaults() {
        faults.reset();
    }

    String learner() {
        return PaymentTestKit.newLearner(accounts);
    }

    CourseView anyCourse() {
        List<CourseView> courses = PaymentTestKit.pricedCourses(catalog);
        return courses.get(ThreadLocalRandom.current().nextInt(courses.size()));
    }

    OrderView place(String learner, CourseView course) {
        return as(users, learner, () -> orders.placeOrder(course.id()));
    }

    PaymentAttemptView pay(String learner, OrderView order) {
        return as(users, learner, () -> orders.startPayment(order.orderNo(), ChannelType.SANDBOX));
    }

    OrderView get(String learner, String orderNo) {
        return as(users, learner, () -> orders.get(orderNo));
    }

    AttemptStatus attemptStatus(String learner, String orderNo, String paymentNo) {
        return get(learner, orderNo).attempts().stream().filter(a -> a.paymentNo().equals(paymentNo))
                .findFirst().orElseThrow().status();
    }

    int sandboxRefunds(String paymentNo) {
        return jdbc.queryForObject("select count(*) from sandbox_refund where out_trade_no = ?", Integer.class, paymentNo);
    }

    @Test
    void asking_again_returns_the_same_open_order_even_when_clicks_race() {
        String learner = learner();
        CourseView course = anyCourse();
        List<CompletableFuture<OrderView>> racing = List.of(
                CompletableFuture.supplyAsync(() -> place(learner, course)),
                CompletableFuture.supplyAsync(() -> place(learner, course)),
                CompletableFuture.supplyAsync(() -> place(learner, course)));
        List<String> numbers = racing.stream().map(CompletableFuture::join).map(OrderView::orderNo).distinct().toList();
        assertThat(numbers).hasSize(1);
        assertThat(place(learner, course).orderNo()).isEqualTo(numbers.get(0));
        OrderView order = get(learner, numbers.get(0));
        assertThat(order.courseTitle()).isEqualTo(course.title());
        assertThat(order.amount()).isEqualTo(course.price());
        assertThat(order.expiresAt()).isEqualTo(order.createdAt().plus(Duration.ofMinutes(15)));
    }

    @Test
    void buying_an_owned_course_is_refused_and_others_cannot_see_the_order() {
        String learner = learner();
        CourseView course = anyCourse();
        OrderView order = place(learner, course);
        provider.pay(pay(learner, order).paymentNo());
        await().atMost(WAIT).until(() -> entitlements.hasAccess(order.userId(), course.id()));
        assertThatThrownBy(() -> place(learner, course)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("already-owned"));

        String stranger = learner();
        assertThatThrownBy(() -> get(stranger, order.orderNo())).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("order-not-found"));
        assertThatThrownBy(() -> as(users, stranger, () -> orders.cancel(order.orderNo())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("order-not-found"));
        assertThat(as(users, "admin", () -> orders.get(order.orderNo())).status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void a_new_qr_code_closes_the_previous_one_at_the_provider() {
        String learner = learner();
        OrderView order = place(learner, anyCourse());
        String first = pay(learner, order).paymentNo();
        String second = pay(learner, order).paymentNo();
        assertThat(attemptStatus(learner, order.orderNo(), first)).isEqualTo(AttemptStatus.CLOSED);
        assertThatThrownBy(() -> provider.pay(first)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("sandbox-trade-closed"));
        provider.pay(second);
        await().atMost(WAIT).until(() -> get(learner, order.orderNo()).status() == OrderStatus.PAID);
    }

    @Test
    void cancelling_closes_the_qr_code_and_the_wallet_refuses_it() {
        String learner = learner();
        OrderView order = place(learner, anyCourse());
        String paymentNo = pay(learner, order).paymentNo();
        OrderView cancelled = as(users, learner, () -> orders.cancel(order.orderNo()));
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo(CancelReason.USER);
        assertThat(cancelled.attempts()).singleElement().extracting(PaymentAttemptView::status)
                .isEqualTo(AttemptStatus.CLOSED);
        assertThatThrownBy(() -> provider.pay(paymentNo)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> pay(learner, order)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("order-not-open"));
    }

    @Test
    void i_have_paid_finds_a_payment_whose_notification_was_lost() {
        String learner = learner();
        OrderView order = place(learner, anyCourse());
        String paymentNo = pay(learner, order).paymentNo();
        faults.notificationsLost(true);
        provider.pay(paymentNo);
        assertThat(get(learner, order.orderNo()).status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        OrderView checked = as(users, learner, () -> orders.checkNow(order.orderNo()));
        assertThat(checked.status()).isEqualTo(OrderStatus.PAID);
        await().atMost(WAIT).until(() -> entitlements.hasAccess(order.userId(), order.courseId()));
    }

    @Test
    void the_sweeper_queries_before_closing_and_keeps_a_payment_it_finds() {
        String learner = learner();
        OrderView order = place(learner, anyCourse());
        String paymentNo = pay(learner, order).paymentNo();
        faults.notificationsLost(true);
        provider.pay(paymentNo);
        OrderView swept = timeouts.expire(order.orderNo(), order.expiresAt().plusSeconds(1));
        assertThat(swept.status()).isEqualTo(OrderStatus.PAID);
        assertThat(sandboxRefunds(paymentNo)).isZero();
    }

    @Test
    void the_sweeper_cancels_an_unpaid_order_and_closes_its_qr_code() {
        String learner = learner();
        OrderView order = place(learner, anyCourse());
        String paymentNo = pay(learner, order).paymentNo();
        assertThat(timeouts.expire(order.orderNo(), order.expiresAt().minusSeconds(1)).status())
                .as("not due yet").isEqualTo(OrderStatus.PENDING_PAYMENT);
        OrderView swept = timeouts.expire(order.orderNo(), order.expiresAt().plusSeconds(1));
        assertThat(swept.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(swept.cancelReason()).isEqualTo(CancelReason.TIMEOUT);
        assertThat(attemptStatus(learner, order.orderNo(), paymentNo)).isEqualTo(AttemptStatus.CLOSED);
        assertThat(timeouts.expireDue(order.expiresAt().plusSeconds(1))).as("nothing left of ours").isGreaterThanOrEqualTo(0);
        assertThat(get(learner, order.orderNo()).status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void a_payment_after_expiry_revives_the_order() {
        String learner = learner();
        OrderView order = place(learner, anyCourse());
        String paymentNo = pay(learner, order).paymentNo();
        faults.closeFails(true);
        OrderView expired = timeouts.expire(order.orderNo(), order.expiresAt().plusSeconds(1));
        assertThat(expired.status()).isEqualTo(OrderStatus.CANCELLED);
        faults.closeFails(false);

        provider.pay(paymentNo);
        await().atMost(WAIT).until(() -> get(learner, order.orderNo()).status() == OrderStatus.PAID);
        OrderView revived = get(learner, order.orderNo());
        assertThat(revived.cancelReason()).isNull();
        assertThat(revived.attempts()).singleElement().extracting(PaymentAttemptView::status)
                .isEqualTo(AttemptStatus.SUCCEEDED);
        await().atMost(WAIT).until(() -> entitlements.hasAccess(order.userId(), order.courseId()));
        assertThat(sandboxRefunds(paymentNo)).isZero();
    }

    @Test
    void a_payment_after_expiry_is_refunded_when_the_course_was_bought_again() {
        String learner = learner();
        CourseView course = anyCourse();
        OrderView first = place(learner, course);
        String late = pay(learner, first).paymentNo();
        faults.closeFails(true);
        timeouts.expire(first.orderNo(), first.expiresAt().plusSeconds(1));
        faults.closeFails(false);

        OrderView second = place(learner, course);
        assertThat(second.orderNo()).isNotEqualTo(first.orderNo());
        provider.pay(pay(learner, second).paymentNo());
        await().atMost(WAIT).until(() -> get(learner, second.orderNo()).status() == OrderStatus.PAID);

        provider.pay(late);
        await().atMost(WAIT).until(() -> attemptStatus(learner, first.orderNo(), late) == AttemptStatus.AUTO_REFUNDED);
        assertThat(get(learner, first.orderNo()).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(sandboxRefunds(late)).isEqualTo(1);
        assertThat(entitlements.hasAccess(first.userId(), course.id())).isTrue();
    }

    @Test
    void two_paid_attempts_keep_one_and_refund_the_other() {
        String learner = learner();
        OrderView order = place(learner, anyCourse());
        String first = pay(learner, order).paymentNo();
        faults.closeFails(true);
        String second = pay(learner, order).paymentNo();
        assertThat(attemptStatus(learner, order.orderNo(), first)).as("close failed: still open")
                .isEqualTo(AttemptStatus.PENDING);

        provider.pay(second);
        await().atMost(WAIT).until(() -> get(learner, order.orderNo()).status() == OrderStatus.PAID);
        provider.pay(first);
        await().atMost(WAIT).until(() -> attemptStatus(learner, order.orderNo(), first) == AttemptStatus.AUTO_REFUNDED);

        OrderView paid = get(learner, order.orderNo());
        assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
        assertThat(attemptStatus(learner, order.orderNo(), second)).isEqualTo(AttemptStatus.SUCCEEDED);
        assertThat(sandboxRefunds(first)).isEqualTo(1);
        assertThat(sandboxRefunds(second)).isZero();
    }

    @Test
    void cancel_racing_with_payment_never_keeps_money_on_a_cancelled_order() throws Exception {
        for (int round = 0; round < 6; round++) {
            faults.closeFails(round % 2 == 1);
            String learner = learner();
            OrderView order = place(learner, anyCourse());
            String paymentNo = pay(learner, order).paymentNo();
            CountDownLatch go = new CountDownLatch(1);
            CompletableFuture<Void> cancel = CompletableFuture.runAsync(() -> {
                awaitLatch(go);
                try {
                    as(users, learner, () -> orders.cancel(order.orderNo()));
                } catch (DomainException alreadyPaid) {
                    assertThat(alreadyPaid.code()).isEqualTo("order-not-open");
                }
            });
            CompletableFuture<Void> payment = CompletableFuture.runAsync(() -> {
                awaitLatch(go);
                try {
                    provider.pay(paymentNo);
                } catch (DomainException closedFirst) {
                    assertThat(closedFirst.code()).isEqualTo("sandbox-trade-closed");
                }
            });
            go.countDown();
            CompletableFuture.allOf(cancel, payment).get();
            await().atMost(WAIT).untilAsserted(() -> assertConsistent(learner, order, paymentNo));
        }
    }

    private void assertConsistent(String learner, OrderView placed, String paymentNo) {
        OrderView o = get(learner, placed.orderNo());
        AttemptStatus attempt = attemptStatus(learner, placed.orderNo(), paymentNo);
        boolean moneyAtProvider = provider.wallet(paymentNo).orElseThrow().status().equals("PAID");
        if (o.status() == OrderStatus.PAID) {
            assertThat(attempt).isEqualTo(AttemptStatus.SUCCEEDED);
            assertThat(entitlements.hasAccess(o.userId(), o.courseId())).isTrue();
        } else {
            assertThat(o.status()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(entitlements.hasAccess(o.userId(), o.courseId())).isFalse();
            if (moneyAtProvider) {
                assertThat(attempt).isEqualTo(AttemptStatus.AUTO_REFUNDED);
                assertThat(sandboxRefunds(paymentNo)).isEqualTo(1);
            } else {
                assertThat(attempt).isIn(AttemptStatus.CLOSED, AttemptStatus.PENDING);
            }
        }
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
