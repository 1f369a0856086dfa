package com.knowpay.payment.sandbox;

import static com.knowpay.support.SignIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.knowpay.account.AccountService;
import com.knowpay.catalog.CatalogService;
import com.knowpay.entitlement.EntitlementService;
import com.knowpay.order.OrderService;
import com.knowpay.order.OrderStatus;
import com.knowpay.order.OrderView;
import com.knowpay.payment.AttemptStatus;
import com.knowpay.payment.Bill;
import com.knowpay.payment.ChannelType;
import com.knowpay.payment.PaymentAttemptView;
import com.knowpay.payment.RefundOutcome;
import com.knowpay.payment.ProviderRefundCall;
import com.knowpay.payment.TradeState;
import com.knowpay.shared.Money;
import com.knowpay.support.IntegrationTest;
import com.knowpay.support.PaymentTestKit.SandboxCheckout;
import com.knowpay.support.PaymentTestKit;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Hostile and repeated notifications through the real HTTP endpoint: only a correctly signed
 * notification from our merchant account, for our trade and our amount, moves money, and it moves
 * it exactly once however often it arrives.
 */
@IntegrationTest
class SandboxNotificationIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;
    @Autowired
    CatalogService catalog;
    @Autowired
    OrderService orders;
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
    SandboxChannel channel;

    @AfterEach
    void resetFaults() {
        faults.reset();
    }

    SandboxCheckout checkout() {
        SandboxCheckout c = PaymentTestKit.sandboxCheckout(accounts, catalog, orders, users);
        assertThat(c.attemptStatus()).isEqualTo(AttemptStatus.PENDING);
        return c;
    }

    /** Paid at the fake provider, but its own notification is lost: the test delivers it. */
    Map<String, String> paidSilently(SandboxCheckout c) {
        faults.notificationsLost(true);
        provider.pay(c.paymentNo());
        faults.notificationsLost(false);
        return provider.signedNotification(c.paymentNo());
    }

    String post(Map<String, String> params) {
        return PaymentTestKit.postForm(port, "/api/sandbox/notify", params);
    }

    OrderView order(SandboxCheckout c) {
        return as(users, c.learner(), () -> orders.get(c.orderNo()));
    }

    int paidMoves(SandboxCheckout c) {
        return jdbc.queryForObject("""
                select count(*) from order_status_change h join orders o on o.id = h.order_id
                where o.order_no = ? and h.to_status = 'PAID'""", Integer.class, c.orderNo());
    }

    int inboxRows(SandboxCheckout c) {
        return jdbc.queryForObject("select count(*) from payment_notification_inbox where payment_no = ?",
                Integer.class, c.paymentNo());
    }

    Map<String, String> resigned(Map<String, String> signed, String key, String value) {
        Map<String, String> p = new LinkedHashMap<>(signed);
        p.remove("sign");
        p.remove("sign_type");
        p.put(key, value);
        return provider.sign(p);
    }

    void assertNothingHappened(SandboxCheckout c) {
        assertThat(order(c).status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(entitlements.hasAccess(c.userId(), c.courseId())).isFalse();
        assertThat(inboxRows(c)).isZero();
    }

    @Test
    void aGenuineNotificationPaysTheOrderAndItsReplayChangesNothing() {
        SandboxCheckout c = checkout();
        Map<String, String> notification = paidSilently(c);

        assertThat(post(notification)).isEqualTo("success");
        assertThat(order(c).status()).isEqualTo(OrderStatus.PAID);
        await().atMost(Duration.ofSeconds(10)).until(() -> entitlements.hasAccess(c.userId(), c.courseId()));

        assertThat(post(notification)).as("replay").isEqualTo("success");
        assertThat(post(provider.signedNotification(c.paymentNo()))).as("retry with a new notify_id").isEqualTo("success");
        assertThat(paidMoves(c)).isEqualTo(1);
        assertThat(inboxRows(c)).isEqualTo(1);
        assertThat(order(c).attempts()).singleElement().extracting(PaymentAttemptView::status)
                .isEqualTo(AttemptStatus.SUCCEEDED);
    }

    @Test
    void aForgedSignatureIsRejected() {
        SandboxCheckout c = checkout();
        Map<String, String> forged = new LinkedHashMap<>(paidSilently(c));
        String sign = forged.get("sign");
        forged.put("sign", (sign.charAt(0) == 'A' ? "B" : "A") + sign.substring(1));
        assertThat(post(forged)).isEqualTo("failure");
        forged.remove("sign");
        assertThat(post(forged)).as("unsigned").isEqualTo("failure");
        assertNothingHappened(c);
    }

    @Test
    void aTamperedAmountSignedWithAnotherKeyIsRejected() {
        SandboxCheckout c = checkout();
        Map<String, String> p = new LinkedHashMap<>(paidSilently(c));
        p.remove("sign");
        p.put("total_amount", "99999.99");
        p.put("sign", SandboxSignature.sign(p, SandboxKeys.generate().providerPrivateKey()));
        assertThat(post(p)).isEqualTo("failure");
        assertNothingHappened(c);
    }

    @Test
    void aCorrectlySignedAmountThatDiffersFromOurAttemptIsRejected() {
        SandboxCheckout c = checkout();
        Map<String, String> genuine = paidSilently(c);
        String oneFenLess = Money.fen(Money.ofYuan(genuine.get("total_amount")).fen() - 1).toYuanString();
        String oneFenMore = Money.fen(Money.ofYuan(genuine.get("total_amount")).fen() + 1).toYuanString();
        assertThat(post(resigned(genuine, "total_amount", oneFenMore))).isEqualTo("failure");
        Map<String, String> tampered = resigned(genuine, "total_amount", oneFenLess);
        assertThat(post(tampered)).isEqualTo("failure");
        assertNothingHappened(c);
    }

    @Test
    void aNotificationForAnUnknownTradeIsRejected() {
        SandboxCheckout c = checkout();
        Map<String, String> unknown = resigned(paidSilently(c), "out_trade_no", "P20260101000000999999999");
        assertThat(post(unknown)).isEqualTo("failure");
        assertNothingHappened(c);
    }

    @Test
    void aNotificationForAnotherMerchantIsRejected() {
        SandboxCheckout c = checkout();
        Map<String, String> genuine = paidSilently(c);
        assertThat(post(resigned(genuine, "app_id", "someone-elses-app"))).isEqualTo("failure");
        assertThat(post(resigned(genuine, "seller_id", "2088000000000000"))).isEqualTo("failure");
        assertNothingHappened(c);
    }

    @Test
    void fiftyConcurrentDuplicatesApplyExactlyOnce() throws Exception {
        SandboxCheckout c = checkout();
        Map<String, String> notification = paidSilently(c);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return post(notification);
            }));
        }
        start.countDown();
        for (Future<String> a : answers) {
            assertThat(a.get()).isEqualTo("success");
        }
        pool.shutdown();

        assertThat(order(c).status()).isEqualTo(OrderStatus.PAID);
        assertThat(paidMoves(c)).isEqualTo(1);
        assertThat(inboxRows(c)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from payment_auto_refund where order_no = ?", Integer.class,
                c.orderNo())).isZero();
        await().atMost(Duration.ofSeconds(10)).until(() -> entitlements.hasAccess(c.userId(), c.courseId()));
        assertThat(jdbc.queryForObject("select count(*) from entitlement where user_id = ? and course_id = ?",
                Integer.class, c.userId(), c.courseId())).isEqualTo(1);
    }

    @Test
    void theWalletNotifiesOverHttpByItself() {
        SandboxCheckout c = checkout();
        provider.pay(c.paymentNo());
        await().atMost(Duration.ofSeconds(15)).until(() -> order(c).status() == OrderStatus.PAID);
        await().atMost(Duration.ofSeconds(10)).until(() -> entitlements.hasAccess(c.userId(), c.courseId()));
    }

    @Test
    void aDeclineInTheWalletLeavesTheOrderOpenForAnotherTry() {
        SandboxCheckout c = checkout();
        provider.decline(c.paymentNo());
        await().atMost(Duration.ofSeconds(15)).until(() ->
                order(c).latestAttempt().orElseThrow().status() == AttemptStatus.DECLINED);
        assertThat(order(c).status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        PaymentAttemptView again = as(users, c.learner(), () -> orders.startPayment(c.orderNo(), ChannelType.SANDBOX));
        assertThat(again.status()).isEqualTo(AttemptStatus.PENDING);
        assertThat(again.paymentNo()).isNotEqualTo(c.paymentNo());
    }

    @Test
    void theFakeProviderRefundsOnceAndListsTheDayInItsBill() {
        SandboxCheckout c = checkout();
        post(paidSilently(c));
        Money paid = order(c).amount();
        ProviderRefundCall refund = new ProviderRefundCall(c.paymentNo(), "R-" + c.paymentNo(), paid, paid, "test");
        RefundOutcome first = channel.refund(refund);
        RefundOutcome again = channel.refund(refund);
        assertThat(first.status()).isEqualTo(RefundOutcome.Status.SUCCEEDED);
        assertThat(again.providerRefundNo()).isEqualTo(first.providerRefundNo());
        assertThat(channel.queryRefund(c.paymentNo(), refund.outRefundNo()).status())
                .isEqualTo(RefundOutcome.Status.SUCCEEDED);
        assertThat(channel.refund(new ProviderRefundCall(c.paymentNo(), "R2-" + c.paymentNo(), Money.fen(1), paid, "more"))
                .status()).as("nothing left to refund").isEqualTo(RefundOutcome.Status.FAILED);
        assertThat(channel.query(c.paymentNo()).state()).isEqualTo(TradeState.REFUNDED);

        Bill bill = channel.fetchBill(LocalDate.now(SandboxProvider.PROVIDER_ZONE));
        assertThat(bill.lines()).anyMatch(l -> l.type() == Bill.LineType.PAYMENT && l.outTradeNo().equals(c.paymentNo())
                && l.amount().equals(paid));
        assertThat(bill.lines()).anyMatch(l -> l.type() == Bill.LineType.REFUND
                && refund.outRefundNo().equals(l.outRefundNo()));
    }
}
