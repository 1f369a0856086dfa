package com.knowpay.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knowpay.account.AccountService;
import com.knowpay.account.RegisterCommand;
import com.knowpay.catalog.CatalogService;
import com.knowpay.catalog.CourseSearch;
import com.knowpay.catalog.CourseView;
import com.knowpay.ledger.JournalEntryView;
import com.knowpay.ledger.LedgerService;
import com.knowpay.payment.ChannelType;
import com.knowpay.payment.PaymentAttemptView;
import com.knowpay.payment.sandbox.SandboxProvider;
import com.knowpay.risk.BlockTarget;
import com.knowpay.risk.BlocklistEntry;
import com.knowpay.risk.ReviewItem;
import com.knowpay.risk.RiskAdminService;
import com.knowpay.risk.RiskBlockedException;
import com.knowpay.risk.RiskRuleSetting;
import com.knowpay.risk.RuleSettingView;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.security.Role;
import com.knowpay.support.IntegrationTest;
import com.knowpay.support.RunAs;
import com.knowpay.support.SignIn;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Orders consult risk control; payments feed the ledger. */
@IntegrationTest
class OrderRiskIntegrationTests {

    @Autowired OrderService orders;
    @Autowired AccountService accounts;
    @Autowired CatalogService catalog;
    @Autowired RiskAdminService riskAdmin;
    @Autowired LedgerService ledger;
    @Autowired SandboxProvider wallet;
    @Autowired UserDetailsService users;

    String learner;
    CourseView course;

    @BeforeEach
    void newLearner() {
        learner = "risk" + RunAs.unique();
        accounts.register(new RegisterCommand(learner, null, null, "Learn" + RunAs.unique() + "9", Role.LEARNER));
        List<CourseView> all = catalog.search(CourseSearch.all(), 0, 50).getContent();
        course = all.stream().filter(c -> c.price().fen() > 100).findFirst().orElseThrow();
    }

    @Test
    void aBlockedLearnerGetsAClearMessageAndNoOrder() {
        long userId = accounts.findByUsername(learner).orElseThrow().id();
        BlocklistEntry entry = SignIn.as(users, "admin", () ->
                riskAdmin.block(BlockTarget.USER, String.valueOf(userId), "chargeback fraud", null));
        try {
            assertThatThrownBy(() -> SignIn.as(users, learner, () -> orders.placeOrder(course.id())))
                    .isInstanceOf(RiskBlockedException.class)
                    .hasMessageContaining("can't be completed right now")
                    .hasMessageNotContaining("chargeback");
            assertThat(SignIn.as(users, learner, () -> orders.myOrders())).isEmpty();
        } finally {
            SignIn.as(users, "admin", () -> { riskAdmin.unblock(entry.id(), "test done"); return null; });
        }
    }

    @Test
    void aReviewedOrderWaitsForApprovalThenPays() {
        withFirstOrderMax(1, () -> {
            OrderView order = SignIn.as(users, learner, () -> orders.placeOrder(course.id()));
            assertThatThrownBy(() -> SignIn.as(users, learner, () -> orders.startPayment(order.orderNo(), ChannelType.SANDBOX)))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("being reviewed");

            ReviewItem review = pendingReviewOf(order.orderNo());
            SignIn.as(users, "admin", () -> riskAdmin.approve(review.id(), "known customer"));

            PaymentAttemptView attempt = SignIn.as(users, learner, () -> orders.startPayment(order.orderNo(), ChannelType.SANDBOX));
            assertThat(attempt.qrContent()).contains("/sandbox/pay/");
        });
    }

    @Test
    void aRejectedReviewCancelsTheOrderForRisk() {
        withFirstOrderMax(1, () -> {
            OrderView order = SignIn.as(users, learner, () -> orders.placeOrder(course.id()));
            ReviewItem review = pendingReviewOf(order.orderNo());
            SignIn.as(users, "admin", () -> riskAdmin.reject(review.id(), "stolen card pattern"));

            OrderView after = SignIn.as(users, learner, () -> orders.get(order.orderNo()));
            assertThat(after.status()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(after.cancelReason()).isEqualTo(CancelReason.RISK);
        });
    }

    @Test
    void aPaidOrderIsPostedToTheLedgerOnce() {
        OrderView order = SignIn.as(users, learner, () -> orders.placeOrder(course.id()));
        PaymentAttemptView attempt = SignIn.as(users, learner, () -> orders.startPayment(order.orderNo(), ChannelType.SANDBOX));
        wallet.pay(attempt.paymentNo());

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Optional<JournalEntryView> entry = SignIn.as(users, "admin", () -> ledger.entry("payment:" + attempt.paymentNo()));
            assertThat(entry).isPresent();
            assertThat(entry.get().postings().stream().mapToLong(p -> p.amountFen()).sum()).isZero();
            assertThat(entry.get().orderNo()).isEqualTo(order.orderNo());
        });
        assertThat(SignIn.as(users, "admin", () -> ledger.entriesOfOrder(order.orderNo()))).hasSize(1);
    }

    private ReviewItem pendingReviewOf(String orderNo) {
        return SignIn.as(users, "admin", () -> riskAdmin.pendingReviews()).stream()
                .filter(r -> orderNo.equals(r.subjectRef())).findFirst().orElseThrow();
    }

    private void withFirstOrderMax(long yuan, Runnable test) {
        long before = SignIn.as(users, "admin", () -> riskAdmin.ruleSettings()).stream()
                .filter(s -> s.setting() == RiskRuleSetting.FIRST_ORDER_MAX_YUAN).map(RuleSettingView::value)
                .findFirst().orElseThrow();
        SignIn.as(users, "admin", () -> riskAdmin.updateRuleSetting(RiskRuleSetting.FIRST_ORDER_MAX_YUAN, yuan));
        try {
            test.run();
        } finally {
            SignIn.as(users, "admin", () -> riskAdmin.updateRuleSetting(RiskRuleSetting.FIRST_ORDER_MAX_YUAN, before));
        }
    }
}
