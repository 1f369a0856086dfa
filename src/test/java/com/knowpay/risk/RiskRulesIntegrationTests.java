package com.knowpay.risk;

import static com.knowpay.risk.RiskFixtures.courseId;
import static com.knowpay.risk.RiskFixtures.ip;
import static com.knowpay.risk.RiskFixtures.orderNo;
import static com.knowpay.risk.RiskFixtures.userId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knowpay.risk.RiskOutcome.Type;
import com.knowpay.shared.DomainException;
import com.knowpay.support.IntegrationTest;
import com.knowpay.support.SignIn;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Every rule: below the threshold, at the edge, one over; evidence names the numbers; the decision is logged. */
@IntegrationTest
class RiskRulesIntegrationTests {

    @Autowired
    RiskService risk;

    @Autowired
    RiskAdminService admin;

    @Autowired
    ThresholdStore thresholdStore;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    Thresholds t;

    java.util.Map<RiskRuleSetting, Long> configured;

    @BeforeEach
    void readThresholds() {
        configured = RiskFixtures.useBuiltinDefaults(admin, users);
        t = thresholdStore.current();
    }

    @AfterEach
    void signOut() {
        SignIn.signOut();
        RiskFixtures.restore(admin, users, configured);
    }

    private RiskDecision order(long user, String ip, long course, long amountFen) {
        return risk.assessOrder(new OrderRiskContext(user, ip, null, course, amountFen, null));
    }

    private void outcome(Type type, long user, String orderNo, long amountFen, Instant at) {
        risk.recordOutcome(RiskOutcome.of(type, user, orderNo, null, amountFen, at));
    }

    private List<DecisionView> logged(long user) {
        SignIn.asUser(users, "admin");
        try {
            return admin.searchDecisions(new DecisionSearch(user, null, null, null, null, null), 0, 100).getContent();
        } finally {
            SignIn.signOut();
        }
    }

    /** The decision is in the log, findable by user, verdict and rule, with the same evidence. */
    private void assertLogged(long user, RiskDecision d) {
        SignIn.asUser(users, "admin");
        try {
            assertThat(admin.searchDecisions(new DecisionSearch(user, null, d.verdict(), d.rule(), null, null), 0, 100)
                    .getContent()).filteredOn(v -> v.id() == d.decisionId()).singleElement()
                    .satisfies(v -> assertThat(v.evidence()).isEqualTo(d.evidence()));
        } finally {
            SignIn.signOut();
        }
    }

    @Test
    void ordersPerUserAreRateLimitedWithRetryAfter() {
        long user = userId();
        long limit = t.get(RiskRuleSetting.ORDER_USER_LIMIT);
        for (int i = 0; i < limit; i++) {
            assertThat(order(user, null, courseId(), 990).verdict()).as("order %d of %d", i + 1, limit).isEqualTo(Verdict.ALLOW);
        }
        RiskDecision over = order(user, null, courseId(), 990);
        assertThat(over.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(over.rule()).isEqualTo("order-rate-user");
        assertThat(over.evidence()).contains("orders by user " + user + " in " + t.label(RiskRuleSetting.ORDER_WINDOW_MINUTES)
                + ": more than " + limit);
        assertThat(over.retryAfterSeconds()).isPositive();
        assertThat(over.userMessage()).isEqualTo(RiskDecision.MESSAGE_RATE_LIMITED);

        assertThatThrownBy(over::orThrow).isInstanceOfSatisfying(RiskBlockedException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.RATE_LIMITED);
            assertThat(e.code()).isEqualTo("rate-limited");
            assertThat(e.retryAfterSeconds()).isEqualTo(over.retryAfterSeconds());
            assertThat(e.getMessage()).doesNotContain("order-rate").doesNotContain(String.valueOf(limit));
        });
        List<DecisionView> log = logged(user);
        assertThat(log).hasSize((int) limit + 1);
        assertThat(log.getFirst().verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(log.getFirst().rule()).isEqualTo("order-rate-user");
        assertThat(log.getFirst().evidence()).isEqualTo(over.evidence());
        assertLogged(user, over);
    }

    @Test
    void ordersPerIpAreRateLimited() {
        String ip = ip();
        long limit = t.get(RiskRuleSetting.ORDER_IP_LIMIT);
        for (int i = 0; i < limit; i++) {
            assertThat(order(userId(), ip, courseId(), 990).verdict()).isEqualTo(Verdict.ALLOW);
        }
        long lastUser = userId();
        RiskDecision over = order(lastUser, ip, courseId(), 990);
        assertThat(over.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(over.rule()).isEqualTo("order-rate-ip");
        assertThat(over.evidence()).contains("orders from IP " + ip).contains("more than " + limit);
    }

    @Test
    void paymentAttemptsPerUserAndPerIpAreRateLimited() {
        long user = userId();
        String orderNo = orderNo();
        long limit = t.get(RiskRuleSetting.PAYMENT_USER_LIMIT);
        for (int i = 0; i < limit; i++) {
            assertThat(risk.assessPayment(new PaymentRiskContext(user, null, orderNo, "SANDBOX", 990)).verdict())
                    .isEqualTo(Verdict.ALLOW);
        }
        RiskDecision over = risk.assessPayment(new PaymentRiskContext(user, null, orderNo, "SANDBOX", 990));
        assertThat(over.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(over.rule()).isEqualTo("payment-rate-user");
        assertThat(over.evidence()).contains("payment attempts by user " + user).contains("more than " + limit);
        assertLogged(user, over);

        String ip = ip();
        long ipLimit = t.get(RiskRuleSetting.PAYMENT_IP_LIMIT);
        for (int i = 0; i < ipLimit; i++) {
            assertThat(risk.assessPayment(new PaymentRiskContext(userId(), ip, orderNo(), "ALIPAY", 990)).verdict())
                    .isEqualTo(Verdict.ALLOW);
        }
        long lastUser = userId();
        RiskDecision ipOver = risk.assessPayment(new PaymentRiskContext(lastUser, ip, orderNo(), "ALIPAY", 990));
        assertThat(ipOver.rule()).isEqualTo("payment-rate-ip");
        assertThat(ipOver.evidence()).contains("payment attempts from IP " + ip).contains("more than " + ipLimit);
        assertLogged(lastUser, ipOver);
        assertThat(ipOver.isBlocked()).isTrue();
    }

    @Test
    void manyUnpaidCancelledOrExpiredOrdersGoToReview() {
        long user = userId();
        long n = t.get(RiskRuleSetting.ABANDONED_ORDERS_REVIEW);
        Instant now = clock.instant();
        Duration window = t.window(RiskRuleSetting.ABANDONED_WINDOW_HOURS);
        outcome(Type.ORDER_CANCELLED, user, orderNo(), 990, now.minus(window).minusSeconds(60)); // outside the window
        String paidLater = orderNo();
        outcome(Type.ORDER_EXPIRED, user, paidLater, 990, now.minusSeconds(120)); // paid after all: not abandoned
        outcome(Type.ORDER_PAID, user, paidLater, 990, now.minusSeconds(60));
        for (int i = 0; i < n - 1; i++) {
            outcome(i % 2 == 0 ? Type.ORDER_CANCELLED : Type.ORDER_EXPIRED, user, orderNo(), 990, now.minusSeconds(600));
        }
        assertThat(order(user, null, courseId(), 990).verdict()).as("n-1 abandoned").isEqualTo(Verdict.ALLOW);

        outcome(Type.ORDER_EXPIRED, user, orderNo(), 990, now.minusSeconds(300));
        RiskDecision edge = order(user, null, courseId(), 990);
        assertThat(edge.verdict()).as("n abandoned").isEqualTo(Verdict.REVIEW);
        assertThat(edge.rule()).isEqualTo("abandoned-orders");
        assertThat(edge.evidence()).isEqualTo("unpaid cancelled/expired orders by user " + user + " in "
                + t.label(RiskRuleSetting.ABANDONED_WINDOW_HOURS) + ": " + n + " >= " + n);
        assertThat(edge.userMessage()).isEqualTo(RiskDecision.MESSAGE_REVIEW);
        assertLogged(user, edge);
    }

    @Test
    void failedPaymentsGoToReviewThenBlock() {
        long user = userId();
        long review = t.get(RiskRuleSetting.FAILED_PAYMENTS_REVIEW);
        long block = t.get(RiskRuleSetting.FAILED_PAYMENTS_BLOCK);
        Instant now = clock.instant();
        outcome(Type.PAYMENT_FAILED, user, orderNo(), 990,
                now.minus(t.window(RiskRuleSetting.FAILED_PAYMENTS_WINDOW_MINUTES)).minusSeconds(60));
        for (int i = 0; i < review; i++) {
            outcome(i % 2 == 0 ? Type.PAYMENT_FAILED : Type.PAYMENT_DECLINED, user, orderNo(), 990, now.minusSeconds(60));
        }
        Instant later = now.plusSeconds(1);
        assertThat(risk.assessPayment(new PaymentRiskContext(user, null, orderNo(), "WECHAT", 990), later).verdict())
                .as("at the review limit").isEqualTo(Verdict.ALLOW);

        outcome(Type.PAYMENT_DECLINED, user, orderNo(), 990, now.minusSeconds(30));
        RiskDecision r = risk.assessPayment(new PaymentRiskContext(user, null, orderNo(), "WECHAT", 990), later);
        assertThat(r.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(r.rule()).isEqualTo("failed-payments");
        assertThat(r.evidence()).isEqualTo("failed/declined payments by user " + user + " in "
                + t.label(RiskRuleSetting.FAILED_PAYMENTS_WINDOW_MINUTES) + ": " + (review + 1) + " > " + review);
        assertLogged(user, r);

        for (long i = review + 1; i < block; i++) {
            outcome(Type.PAYMENT_FAILED, user, orderNo(), 990, now.minusSeconds(20));
        }
        assertThat(risk.assessPayment(new PaymentRiskContext(user, null, orderNo(), "WECHAT", 990), later).verdict())
                .as("at the block limit").isEqualTo(Verdict.REVIEW);
        outcome(Type.PAYMENT_FAILED, user, orderNo(), 990, now.minusSeconds(10));
        RiskDecision b = risk.assessPayment(new PaymentRiskContext(user, null, orderNo(), "WECHAT", 990), later);
        assertThat(b.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(b.evidence()).endsWith(": " + (block + 1) + " > " + block);
        assertLogged(user, b);
        assertThatThrownBy(b::orThrow).isInstanceOfSatisfying(RiskBlockedException.class,
                e -> assertThat(e.code()).isEqualTo("risk-blocked"));
    }

    @Test
    void manyAccountsFromOneIpOrDeviceOnOneCourseGoToReview() {
        long course = courseId();
        String ip = ip();
        long limit = t.get(RiskRuleSetting.SHARED_ACCOUNTS_LIMIT);
        Instant now = clock.instant();
        // an account that ordered before the window does not count
        risk.assessOrder(new OrderRiskContext(userId(), ip, null, course, 990, null),
                now.minus(t.window(RiskRuleSetting.SHARED_WINDOW_MINUTES)).minusSeconds(60));
        long first = userId();
        for (int i = 0; i < limit; i++) {
            long user = i == 0 ? first : userId();
            assertThat(risk.assessOrder(new OrderRiskContext(user, ip, null, course, 990, null), now).verdict())
                    .as("account %d", i + 1).isEqualTo(Verdict.ALLOW);
        }
        assertThat(risk.assessOrder(new OrderRiskContext(first, ip, null, course, 990, null), now).verdict())
                .as("the same account again").isEqualTo(Verdict.ALLOW);
        long fourth = userId();
        RiskDecision over = risk.assessOrder(new OrderRiskContext(fourth, ip, null, course, 990, null), now);
        assertThat(over.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(over.rule()).isEqualTo("shared-device");
        assertThat(over.evidence()).isEqualTo("accounts ordering course " + course + " from IP " + ip + " in "
                + t.label(RiskRuleSetting.SHARED_WINDOW_MINUTES) + ": " + (limit + 1) + " > " + limit);
        assertLogged(fourth, over);

        String device = "fp-" + UUID.randomUUID();
        for (int i = 0; i < limit; i++) {
            assertThat(risk.assessOrder(new OrderRiskContext(userId(), null, device, course, 990, null), now).verdict())
                    .isEqualTo(Verdict.ALLOW);
        }
        RiskDecision byDevice = risk.assessOrder(new OrderRiskContext(userId(), null, device, course, 990, null), now);
        assertThat(byDevice.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(byDevice.evidence()).contains("from device " + device).endsWith((limit + 1) + " > " + limit);
    }

    @Test
    void amountFarAboveTheUsersMedianGoesToReview() {
        long user = userId();
        long k = t.get(RiskRuleSetting.AMOUNT_MEDIAN_MULTIPLIER);
        long floor = t.get(RiskRuleSetting.AMOUNT_FLOOR_YUAN) * 100;
        long median = floor; // k × median is above the floor, so the multiplier decides
        Instant past = clock.instant().minusSeconds(3600);
        outcome(Type.ORDER_PAID, user, orderNo(), median / 2, past);
        outcome(Type.ORDER_PAID, user, orderNo(), median, past);
        outcome(Type.ORDER_PAID, user, orderNo(), median * 3, past);

        assertThat(order(user, null, courseId(), k * median).verdict()).as("at k × median").isEqualTo(Verdict.ALLOW);
        RiskDecision over = order(user, null, courseId(), k * median + 1);
        assertThat(over.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(over.rule()).isEqualTo("amount-anomaly");
        assertThat(over.evidence()).contains("> " + k + " × median " + com.knowpay.shared.Money.fen(median))
                .contains("last 3 paid orders");
        assertLogged(user, over);
    }

    @Test
    void smallAmountsStayAllowedBelowTheFloorAndFirstOrdersHaveACeiling() {
        long user = userId();
        long floor = t.get(RiskRuleSetting.AMOUNT_FLOOR_YUAN) * 100;
        outcome(Type.ORDER_PAID, user, orderNo(), 100, clock.instant().minusSeconds(60));
        assertThat(order(user, null, courseId(), floor).verdict()).as("far above median but at the floor")
                .isEqualTo(Verdict.ALLOW);
        assertThat(order(user, null, courseId(), floor + 1).rule()).isEqualTo("amount-anomaly");

        long newcomer = userId();
        long max = t.get(RiskRuleSetting.FIRST_ORDER_MAX_YUAN) * 100;
        assertThat(order(newcomer, null, courseId(), max).verdict()).isEqualTo(Verdict.ALLOW);
        RiskDecision first = order(newcomer, null, courseId(), max + 1);
        assertThat(first.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(first.evidence()).isEqualTo("first order of user " + newcomer + ": "
                + com.knowpay.shared.Money.fen(max + 1) + " > " + com.knowpay.shared.Money.fen(max));
        assertLogged(newcomer, first);
    }

    @Test
    void frequentRefundsGoToReviewThenBlock() {
        long user = userId();
        long review = t.get(RiskRuleSetting.REFUND_REVIEW_LIMIT);
        long block = t.get(RiskRuleSetting.REFUND_BLOCK_LIMIT);
        Instant now = clock.instant();
        risk.assessRefund(refund(user, orderNo()), now.minus(t.window(RiskRuleSetting.REFUND_WINDOW_DAYS)).minusSeconds(60));
        String repeated = orderNo();
        for (int i = 0; i < review; i++) {
            String order = i == 0 ? repeated : orderNo();
            assertThat(risk.assessRefund(refund(user, order), now).verdict()).isEqualTo(Verdict.ALLOW);
        }
        assertThat(risk.assessRefund(refund(user, repeated), now).verdict()).as("same order again").isEqualTo(Verdict.ALLOW);
        RiskDecision r = risk.assessRefund(refund(user, orderNo()), now);
        assertThat(r.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(r.rule()).isEqualTo("refund-frequency");
        assertThat(r.evidence()).isEqualTo("refund requests by user " + user + " in "
                + t.label(RiskRuleSetting.REFUND_WINDOW_DAYS) + ": " + (review + 1) + " > " + review);
        assertThat(r.userMessage()).isEqualTo(RiskDecision.MESSAGE_REVIEW_REFUND);
        assertLogged(user, r);
        for (long i = review + 1; i < block; i++) {
            risk.assessRefund(refund(user, orderNo()), now);
        }
        RiskDecision b = risk.assessRefund(refund(user, orderNo()), now);
        assertThat(b.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(b.evidence()).endsWith((block + 1) + " > " + block);
        assertThat(b.userMessage()).isEqualTo(RiskDecision.MESSAGE_BLOCKED_REFUND);
        assertLogged(user, b);
    }

    @Test
    void refundAfterConsumingMuchOfTheContentGoesToReview() {
        long x = t.get(RiskRuleSetting.REFUND_CONSUMED_PERCENT);
        long user = userId();
        assertThat(risk.assessRefund(refund(user, orderNo(), (int) x - 1)).verdict()).isEqualTo(Verdict.ALLOW);
        String orderNo = orderNo();
        long consumer = userId();
        RiskDecision edge = risk.assessRefund(refund(consumer, orderNo, (int) x));
        assertThat(edge.verdict()).as("at X %% (at least)").isEqualTo(Verdict.REVIEW);
        assertThat(edge.rule()).isEqualTo("refund-consumed");
        assertThat(edge.evidence()).isEqualTo("content of order " + orderNo + " consumed before the refund request: "
                + x + "% >= " + x + "%");
        assertLogged(consumer, edge);
    }

    @Test
    void theStrongestVerdictWinsAndAllEvidenceIsKept() {
        long user = userId();
        String orderNo = orderNo();
        SignIn.asUser(users, "admin");
        admin.block(BlockTarget.USER, String.valueOf(user), "chargeback fraud", null);
        SignIn.signOut();
        RiskDecision d = risk.assessRefund(refund(user, orderNo, 100));
        assertThat(d.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(d.rule()).isEqualTo("blocklist");
        assertThat(d.evidence()).contains("on blocklist: USER " + user).contains("100% >= ");
        assertLogged(user, d);
    }

    private static RefundRiskContext refund(long user, String orderNo) {
        return refund(user, orderNo, 0);
    }

    private static RefundRiskContext refund(long user, String orderNo, int consumed) {
        return new RefundRiskContext(user, null, orderNo, 990, 990, Instant.now().minusSeconds(86_400), consumed);
    }
}
