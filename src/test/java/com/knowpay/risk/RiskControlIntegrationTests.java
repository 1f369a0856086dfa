package com.knowpay.risk;

import static com.knowpay.risk.RiskFixtures.courseId;
import static com.knowpay.risk.RiskFixtures.ip;
import static com.knowpay.risk.RiskFixtures.orderNo;
import static com.knowpay.risk.RiskFixtures.userId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knowpay.audit.AuditEntryView;
import com.knowpay.audit.AuditService;
import com.knowpay.shared.FieldValidationException;
import com.knowpay.support.IntegrationTest;
import com.knowpay.support.SignIn;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Blocklist, run-time thresholds and the rate limit under concurrent requests. */
@IntegrationTest
class RiskControlIntegrationTests {

    @Autowired
    RiskService risk;

    @Autowired
    RiskAdminService admin;

    @Autowired
    ThresholdStore thresholds;

    @Autowired
    AuditService audit;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SignIn.signOut();
    }

    private OrderRiskContext order(long user, String ip) {
        return new OrderRiskContext(user, ip, null, courseId(), 990, orderNo());
    }

    @Test
    void blockedUserGetsTheClearMessageUntilRemoved() {
        long user = userId();
        SignIn.asUser(users, "admin");
        BlocklistEntry entry = admin.block(BlockTarget.USER, " " + user + " ", "stolen card reports", null);
        assertThat(entry.value()).isEqualTo(String.valueOf(user));
        assertThat(entry.active()).isTrue();
        assertThat(risk.isBlocked(user, null)).isTrue();

        RiskDecision d = risk.assessOrder(order(user, ip()));
        assertThat(d.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(d.rule()).isEqualTo("blocklist");
        assertThat(d.evidence()).contains("USER " + user + " (stolen card reports)");
        assertThat(d.userMessage()).isEqualTo("risk.user.blocked");
        assertThatThrownBy(d::orThrow).isInstanceOfSatisfying(RiskBlockedException.class, e -> {
            assertThat(e.code()).isEqualTo("risk-blocked");
            assertThat(e.getMessage()).isEqualTo("For your account's safety this purchase can't be completed right now. "
                    + "Please try again later or contact support.")
                    .doesNotContain("blocklist");
            assertThat(e.retryAfterSeconds()).isZero();
        });
        List<AuditEntryView> added = audit.history("risk-blocklist", "USER:" + user);
        assertThat(added).extracting(AuditEntryView::action).containsExactly("risk.blocklist.add");

        admin.unblock(entry.id(), "cleared by bank");
        assertThat(risk.isBlocked(user, null)).isFalse();
        assertThat(risk.assessOrder(order(user, null)).isAllowed()).isTrue();
        assertThat(audit.history("risk-blocklist", "USER:" + user)).extracting(AuditEntryView::action)
                .containsExactly("risk.blocklist.add", "risk.blocklist.remove");
        assertThat(admin.blocklist()).noneMatch(b -> b.id() == entry.id());
    }

    @Test
    void blockedIpIsRefusedAndAnExpiredBlockNoLongerCounts() {
        String ip = ip();
        long user = userId();
        SignIn.asUser(users, "admin");
        Instant now = clock.instant();
        admin.block(BlockTarget.IP, ip, "proxy farm", now.plus(Duration.ofHours(1)));
        assertThat(risk.isBlocked(userId(), ip)).isTrue();
        RiskDecision payment = risk.assessPayment(new PaymentRiskContext(user, ip, orderNo(), "SANDBOX", 990));
        assertThat(payment.isBlocked()).isTrue();
        assertThat(payment.evidence()).contains("IP " + ip);

        Instant later = now.plus(Duration.ofHours(2));
        assertThat(risk.assessOrder(order(user, ip), later).isAllowed()).as("after expiry").isTrue();
        assertThat(admin.blocklist()).filteredOn(b -> b.value().equals(ip)).singleElement()
                .satisfies(b -> assertThat(b.active()).isTrue());

        assertThatThrownBy(() -> admin.block(BlockTarget.IP, "example.com", "x", null))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("value"));
        assertThatThrownBy(() -> admin.block(BlockTarget.IP, "10.0.0.256", "x", null)).isInstanceOf(FieldValidationException.class);
        assertThatThrownBy(() -> admin.block(BlockTarget.USER, "-3", "x", null)).isInstanceOf(FieldValidationException.class);
        assertThatThrownBy(() -> admin.block(BlockTarget.USER, "42", " ", null))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("reason"));
        assertThatThrownBy(() -> admin.block(BlockTarget.USER, "42", "x", now.minusSeconds(1)))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("expiresAt"));
    }

    @Test
    void thresholdChangeTakesEffectAtOnceAndIsAudited() {
        SignIn.asUser(users, "admin");
        long before = thresholds.current().get(RiskRuleSetting.ORDER_USER_LIMIT);
        try {
            RuleSettingView changed = admin.updateRuleSetting(RiskRuleSetting.ORDER_USER_LIMIT, 2);
            assertThat(changed.value()).isEqualTo(2);
            assertThat(changed.updatedBy()).isEqualTo("admin");
            long user = userId();
            assertThat(risk.assessOrder(order(user, null)).isAllowed()).isTrue();
            assertThat(risk.assessOrder(order(user, null)).isAllowed()).isTrue();
            RiskDecision third = risk.assessOrder(order(user, null));
            assertThat(third.isBlocked()).isTrue();
            assertThat(third.evidence()).contains("more than 2");
            assertThat(audit.history("risk-setting", "order-user-limit")).last().satisfies(e -> {
                assertThat(e.action()).isEqualTo("risk.setting.change");
                assertThat(e.before()).isEqualTo(String.valueOf(before));
                assertThat(e.after()).isEqualTo("2");
            });

            assertThatThrownBy(() -> admin.updateRuleSetting(RiskRuleSetting.ORDER_USER_LIMIT, 0))
                    .isInstanceOf(FieldValidationException.class);
            assertThatThrownBy(() -> admin.updateRuleSetting(RiskRuleSetting.REFUND_CONSUMED_PERCENT, 101))
                    .isInstanceOf(FieldValidationException.class);
            long block = thresholds.current().get(RiskRuleSetting.FAILED_PAYMENTS_BLOCK);
            assertThatThrownBy(() -> admin.updateRuleSetting(RiskRuleSetting.FAILED_PAYMENTS_REVIEW, block))
                    .isInstanceOfSatisfying(FieldValidationException.class,
                            e -> assertThat(e.fieldErrors().get("value")).contains("failed-payments-block"));
            assertThat(thresholds.current().get(RiskRuleSetting.ORDER_USER_LIMIT)).isEqualTo(2);
        } finally {
            admin.updateRuleSetting(RiskRuleSetting.ORDER_USER_LIMIT, before);
        }
    }

    @Test
    void rateLimitHoldsUnderConcurrentRequests() throws Exception {
        long user = userId();
        SignIn.asUser(users, "admin");
        long before = thresholds.current().get(RiskRuleSetting.ORDER_USER_LIMIT);
        admin.updateRuleSetting(RiskRuleSetting.ORDER_USER_LIMIT, 5);
        SignIn.signOut();
        int limit = 5;
        int threads = 20;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<RiskDecision>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return risk.assessOrder(new OrderRiskContext(user, null, null, courseId(), 990, null));
                }));
            }
            start.countDown();
            List<RiskDecision> decisions = new ArrayList<>();
            for (Future<RiskDecision> f : futures) {
                decisions.add(f.get());
            }
            assertThat(decisions).filteredOn(RiskDecision::isAllowed).hasSize(limit);
            assertThat(decisions).filteredOn(RiskDecision::isBlocked).hasSize(threads - limit)
                    .allSatisfy(d -> assertThat(d.rule()).isEqualTo("order-rate-user"));
            SignIn.asUser(users, "admin");
            assertThat(admin.searchDecisions(new DecisionSearch(user, null, null, null, null, null), 0, 50)
                    .getTotalElements()).isEqualTo(threads);
        } finally {
            pool.shutdownNow();
            SignIn.asUser(users, "admin");
            admin.updateRuleSetting(RiskRuleSetting.ORDER_USER_LIMIT, before);
        }
    }
}
