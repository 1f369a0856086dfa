package com.knowpay.refund;

import static com.knowpay.support.SignIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.knowpay.account.AccountService;
import com.knowpay.analytics.BusinessDay;
import com.knowpay.analytics.DashboardQuery;
import com.knowpay.analytics.Granularity;
import com.knowpay.catalog.CatalogService;
import com.knowpay.entitlement.EntitlementService;
import com.knowpay.ledger.RefundExpectations;
import com.knowpay.order.OrderBackOffice;
import com.knowpay.ledger.LedgerService;
import com.knowpay.order.OrderRefundLookup;
import com.knowpay.order.OrderService;
import com.knowpay.order.OrderStatus;
import com.knowpay.order.RefundableOrder;
import com.knowpay.payment.sandbox.SandboxProvider;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.Money;
import com.knowpay.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The refund flow on the real engine with the sandbox channel: request, maker-checker approval,
 * provider refund, order bookkeeping, entitlement, ledger, and the limits (window, amount, ownership).
 */
@IntegrationTest
class RefundFlowIntegrationTests {

    static final String BELOW_THRESHOLD = "Spring Boot from Zero"; // ¥149.00, COURSE
    static final String ABOVE_THRESHOLD = "Machine Learning Basics"; // ¥299.00, COURSE

    @Autowired AccountService accounts;
    @Autowired CatalogService catalog;
    @Autowired OrderService orders;
    @Autowired OrderBackOffice backOffice;
    @Autowired EntitlementService entitlements;
    @Autowired LedgerService ledger;
    @Autowired UserDetailsService users;
    @Autowired SandboxProvider provider;
    @Autowired RefundService refunds;
    @Autowired OrderRefundLookup lookup;
    @Autowired RefundExpectations expectations;
    @Autowired OrderBackOffice orderBackOffice;
    @Autowired JdbcTemplate jdbc;
    @Autowired com.knowpay.analytics.AnalyticsService analytics;

    RefundFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new RefundFixtures(accounts, catalog, orders, entitlements, ledger, users, provider);
    }

    @Test
    void fullRefundOnTheSandboxRefundsTheOrderRevokesAccessAndPostsTheLedger() {
        RefundFixtures.Paid paid = fixtures.paidOrder(BELOW_THRESHOLD);

        RefundView asked = as(users, paid.learner(), () -> refunds.request(paid.orderNo(),
                RefundAsk.of(null, "Not what I expected")));
        assertThat(asked.status()).isEqualTo(RefundStatus.REQUESTED);
        assertThat(asked.amount()).isEqualTo(Money.ofYuan("149.00"));
        assertThat(asked.refundNo()).matches("R\\d{23}");

        RefundView done = as(users, "admin", () -> refunds.approve(asked.refundNo(), "ok"));

        assertThat(done.status()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(done.firstApprover()).isEqualTo(fixtures.userId("admin"));
        RefundableOrder order = backOffice.refundable(paid.orderNo()).orElseThrow();
        assertThat(order.status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(order.refunded()).isEqualTo(order.amount());
        assertThat(order.reserved().isZero()).isTrue();
        await().atMost(RefundFixtures.WAIT).until(() -> !entitlements.hasAccess(paid.userId(), paid.order().courseId()));
        await().atMost(RefundFixtures.WAIT).until(() -> as(users, "admin", () -> ledger.entry("refund:" + asked.refundNo())).isPresent());
        assertThat(lookup.refundsOf(paid.orderNo())).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo("SUCCEEDED"));
        Instant from = Instant.now().minus(Duration.ofHours(1));
        Instant to = Instant.now().plus(Duration.ofHours(1));
        assertThat(expectations.completedRefundNos(from, to)).contains(asked.refundNo());
        assertThat(orderBackOffice.paidOrderNos(from, to)).contains(paid.orderNo());
    }

    @Test
    void aCompletedRefundReachesTheCreatorsDashboardOnItsOwnDay() {
        RefundFixtures.Paid paid = fixtures.paidOrder(BELOW_THRESHOLD);
        long creatorId = backOffice.refundable(paid.orderNo()).orElseThrow().creatorId();
        DashboardQuery today = new DashboardQuery(BusinessDay.of(Instant.now()).minusDays(1),
                BusinessDay.of(Instant.now()).plusDays(1), Granularity.DAY);
        long before = as(users, "admin", () -> analytics.dashboardOf(creatorId, today)).totals().refundsFen();

        RefundView asked = as(users, paid.learner(), () -> refunds.request(paid.orderNo(),
                RefundAsk.of(Money.ofYuan("49.00"), "Only wanted part of it")));
        as(users, "admin", () -> refunds.approve(asked.refundNo(), "ok"));

        await().atMost(RefundFixtures.WAIT).untilAsserted(() -> assertThat(
                as(users, "admin", () -> analytics.dashboardOf(creatorId, today)).totals().refundsFen() - before)
                .isEqualTo(4900));
    }

    @Test
    void partialRefundKeepsAccess() {
        RefundFixtures.Paid paid = fixtures.paidOrder(BELOW_THRESHOLD);
        RefundView asked = as(users, paid.learner(), () -> refunds.request(paid.orderNo(),
                RefundAsk.of(Money.ofYuan("10.00"), "One lesson was missing")));

        RefundView done = as(users, "admin", () -> refunds.approve(asked.refundNo(), null));

        assertThat(done.status()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(backOffice.refundable(paid.orderNo()).orElseThrow().status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
        await().atMost(RefundFixtures.WAIT).until(() -> as(users, "admin", () -> ledger.entry("refund:" + asked.refundNo())).isPresent());
        assertThat(entitlements.hasAccess(paid.userId(), paid.order().courseId())).isTrue();
        // The rest can still be asked for; more than the rest cannot.
        assertThatThrownBy(() -> as(users, paid.learner(), () -> refunds.request(paid.orderNo(),
                RefundAsk.of(Money.ofYuan("139.01"), "more"))))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("refund-exceeds-paid");
        RefundView rest = as(users, paid.learner(), () -> refunds.request(paid.orderNo(), RefundAsk.of(null, "rest")));
        assertThat(rest.amount()).isEqualTo(Money.ofYuan("139.00"));
    }

    @Test
    void aboveTheThresholdASecondDifferentAdminMustApprove() {
        RefundFixtures.Paid paid = fixtures.paidOrder(ABOVE_THRESHOLD);
        RefundView asked = as(users, paid.learner(), () -> refunds.request(paid.orderNo(), RefundAsk.of(null, "Too hard")));

        RefundView first = as(users, "admin", () -> refunds.approve(asked.refundNo(), "first"));
        assertThat(first.status()).isEqualTo(RefundStatus.AWAITING_SECOND_APPROVAL);
        assertThatThrownBy(() -> as(users, "admin", () -> refunds.approve(asked.refundNo(), "again")))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("refund-same-approver");

        RefundView second = as(users, "admin2", () -> refunds.approve(asked.refundNo(), "second"));
        assertThat(second.status()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(second.firstApprover()).isEqualTo(fixtures.userId("admin"));
        assertThat(second.secondApprover()).isEqualTo(fixtures.userId("admin2"));
    }

    @Test
    void belowTheThresholdOneApprovalSufficesButNotByTheAdminWhoAsked() {
        RefundFixtures.Paid paid = fixtures.paidOrder(BELOW_THRESHOLD);
        RefundView asked = as(users, "admin", () -> refunds.adminRequest(paid.orderNo(),
                new RefundAsk(Money.ofYuan("20.00"), "Goodwill", null)));
        assertThat(asked.initiatedBy()).isEqualTo(Initiator.ADMIN);

        assertThatThrownBy(() -> as(users, "admin", () -> refunds.approve(asked.refundNo(), "mine")))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("refund-own-request");
        RefundView done = as(users, "admin2", () -> refunds.approve(asked.refundNo(), "fine"));
        assertThat(done.status()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(done.secondApprover()).isNull();
    }

    @Test
    void rejectingReleasesTheReservedMoney() {
        RefundFixtures.Paid paid = fixtures.paidOrder(BELOW_THRESHOLD);
        RefundView asked = as(users, paid.learner(), () -> refunds.request(paid.orderNo(), RefundAsk.of(null, "x")));
        assertThat(backOffice.refundable(paid.orderNo()).orElseThrow().refundable().isZero()).isTrue();

        assertThatThrownBy(() -> as(users, "admin", () -> refunds.reject(asked.refundNo(), " ")))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("validation");
        RefundView rejected = as(users, "admin", () -> refunds.reject(asked.refundNo(), "Course fully watched"));

        assertThat(rejected.status()).isEqualTo(RefundStatus.REJECTED);
        assertThat(backOffice.refundable(paid.orderNo()).orElseThrow().refundable()).isEqualTo(Money.ofYuan("149.00"));
        assertThat(backOffice.refundable(paid.orderNo()).orElseThrow().status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void concurrentRequestsNeverReserveMoreThanWasPaid() throws Exception {
        RefundFixtures.Paid paid = fixtures.paidOrder(BELOW_THRESHOLD); // ¥149.00: at most 4 × ¥30.00
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        as(users, "admin", () -> refunds.adminRequest(paid.orderNo(),
                                new RefundAsk(Money.ofYuan("30.00"), "concurrent", null)));
                        return true;
                    } catch (DomainException e) {
                        assertThat(e.code()).isEqualTo("refund-exceeds-paid");
                        return false;
                    }
                }));
            }
            start.countDown();
            long accepted = 0;
            for (Future<Boolean> f : results) {
                accepted += f.get() ? 1 : 0;
            }
            assertThat(accepted).isEqualTo(4);
        } finally {
            pool.shutdownNow();
        }
        RefundableOrder order = backOffice.refundable(paid.orderNo()).orElseThrow();
        assertThat(order.reserved()).isEqualTo(Money.ofYuan("120.00"));
        assertThat(as(users, "admin", () -> refunds.refundsOf(paid.orderNo()))).hasSize(4);
    }

    @Test
    void learnersCannotSeeOrActOnOthersRefundsAndAdminsCanOverrideTheWindowOnlyWithANote() {
        RefundFixtures.Paid paid = fixtures.paidOrder(BELOW_THRESHOLD);
        RefundView asked = as(users, paid.learner(), () -> refunds.request(paid.orderNo(),
                RefundAsk.of(Money.ofYuan("1.00"), "mine")));
        String stranger = fixtures.newLearner();

        assertThatThrownBy(() -> as(users, stranger, () -> refunds.get(asked.refundNo())))
                .isInstanceOf(DomainException.class).extracting("kind").isEqualTo(DomainException.Kind.NOT_FOUND);
        assertThatThrownBy(() -> as(users, stranger, () -> refunds.request(paid.orderNo(), RefundAsk.of(null, "theirs"))))
                .isInstanceOf(DomainException.class).extracting("kind").isEqualTo(DomainException.Kind.NOT_FOUND);
        assertThatThrownBy(() -> as(users, stranger, () -> refunds.policy(paid.orderNo())))
                .isInstanceOf(DomainException.class).extracting("kind").isEqualTo(DomainException.Kind.NOT_FOUND);
        assertThat(as(users, paid.learner(), () -> refunds.get(asked.refundNo())).reason()).isEqualTo("mine");
        assertThatThrownBy(() -> as(users, paid.learner(), () -> refunds.request(paid.orderNo(), RefundAsk.of(null, " "))))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("validation");
        assertThatThrownBy(() -> as(users, paid.learner(), () -> refunds.request(paid.orderNo(),
                RefundAsk.of(null, "x".repeat(501)))))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("validation");
        RefundPolicy policy = as(users, paid.learner(), () -> refunds.policy(paid.orderNo()));
        assertThat(policy.windowDays()).isEqualTo(7);
        assertThat(policy.open()).isTrue();
        assertThat(policy.refundable()).isEqualTo(Money.ofYuan("148.00"));
    }

    @Test
    void pastTheWindowLearnersAreRefusedAndAdminsNeedANote() {
        RefundFixtures.Paid paid = fixtures.paidOrder(BELOW_THRESHOLD);
        jdbc.update("UPDATE orders SET paid_at = ? WHERE order_no = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(8))), paid.orderNo());

        assertThat(as(users, paid.learner(), () -> refunds.policy(paid.orderNo())).open()).isFalse();
        assertThatThrownBy(() -> as(users, paid.learner(), () -> refunds.request(paid.orderNo(), RefundAsk.of(null, "late"))))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("refund-window-passed");
        assertThatThrownBy(() -> as(users, "admin", () -> refunds.adminRequest(paid.orderNo(),
                new RefundAsk(null, "late", null))))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("validation");

        RefundView asked = as(users, "admin", () -> refunds.adminRequest(paid.orderNo(),
                new RefundAsk(null, "late", "Learner was in hospital")));
        assertThat(asked.status()).isEqualTo(RefundStatus.REQUESTED);
        assertThat(asked.notes()).contains("Window override: Learner was in hospital");
    }

    @Test
    void onlyPaidOrdersAreRefundable() {
        String learner = fixtures.newLearner();
        var course = fixtures.demoCourse(BELOW_THRESHOLD);
        var open = as(users, learner, () -> orders.placeOrder(course.id()));

        assertThatThrownBy(() -> as(users, learner, () -> refunds.request(open.orderNo(), RefundAsk.of(null, "unpaid"))))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("refund-not-refundable");
    }
}
