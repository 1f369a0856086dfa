package com.knowpay.risk;

import static com.knowpay.risk.RiskFixtures.courseId;
import static com.knowpay.risk.RiskFixtures.orderNo;
import static com.knowpay.risk.RiskFixtures.userId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knowpay.account.AccountService;
import com.knowpay.audit.AuditEntryView;
import com.knowpay.audit.AuditService;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.FieldValidationException;
import com.knowpay.support.IntegrationTest;
import com.knowpay.support.SignIn;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** REVIEW → queue → approve/reject by an admin → event for the order module, audited. */
@IntegrationTest
@RecordApplicationEvents
class RiskReviewIntegrationTests {

    @Autowired
    RiskService risk;

    @Autowired
    RiskAdminService admin;

    @Autowired
    AuditService audit;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        SignIn.signOut();
    }

    /** A first order far above the first-order ceiling: REVIEW, held under its order number. */
    private RiskDecision heldOrder(long user, String orderNo) {
        return risk.assessOrder(new OrderRiskContext(user, null, null, courseId(), com.knowpay.shared.Money.MAX_FEN, orderNo));
    }

    @Test
    void approvedReviewReleasesTheOrderAndPublishesTheEvent() {
        long user = userId();
        String orderNo = orderNo();
        SignIn.asUser(users, "admin");
        RiskDecision held = heldOrder(user, orderNo);
        assertThat(held.needsReview()).isTrue();
        assertThat(held.userMessage()).isEqualTo("risk.user.review");
        assertThat(held.orThrow()).isSameAs(held);

        ReviewItem item = admin.pendingReviews().stream().filter(r -> orderNo.equals(r.subjectRef())).findFirst().orElseThrow();
        assertThat(item.subjectType()).isEqualTo(SubjectType.ORDER);
        assertThat(item.userId()).isEqualTo(user);
        assertThat(item.rule()).isEqualTo("amount-anomaly");
        assertThat(item.decisionId()).isEqualTo(held.decisionId());

        // paying the held order: still under review, no second queue entry
        RiskDecision payment = risk.assessPayment(new PaymentRiskContext(user, null, orderNo, "SANDBOX", 100));
        assertThat(payment.needsReview()).isTrue();
        assertThat(payment.rule()).isEqualTo("review-pending");
        assertThat(admin.pendingReviews().stream().filter(r -> orderNo.equals(r.subjectRef()))).hasSize(1);

        ReviewItem approved = admin.approve(item.id(), "known customer, bulk purchase for a team");
        assertThat(approved.status()).isEqualTo(ReviewItem.Status.APPROVED);
        assertThat(approved.resolvedBy()).isEqualTo("admin");
        assertThat(events.stream(RiskReviewResolved.class))
                .containsExactly(new RiskReviewResolved(item.id(), "ORDER", orderNo, user, true));
        List<AuditEntryView> trail = audit.history("risk-review", String.valueOf(item.id()));
        assertThat(trail).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("risk.review.approve");
            assertThat(e.before()).isEqualTo("PENDING");
            assertThat(e.note()).isEqualTo("known customer, bulk purchase for a team");
            assertThat(e.actorName()).isEqualTo("admin");
        });
        assertThat(admin.pendingReviews()).noneMatch(r -> r.id() == item.id());
        assertThat(risk.reviewFor(orderNo)).hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(ReviewItem.Status.APPROVED));

        RiskDecision afterApproval = risk.assessPayment(new PaymentRiskContext(user, null, orderNo, "SANDBOX", 100));
        assertThat(afterApproval.isAllowed()).isTrue();
        assertThat(afterApproval.evidence()).contains("released by approved review #" + item.id());

        assertThatThrownBy(() -> admin.reject(item.id(), "too late"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("risk-review-resolved"));
    }

    @Test
    void rejectedReviewNeedsANoteAndBlocksTheSubject() {
        long user = userId();
        String orderNo = orderNo();
        SignIn.asUser(users, "admin");
        heldOrder(user, orderNo);
        ReviewItem item = risk.reviewFor(orderNo).orElseThrow();
        assertThat(item.isPending()).isTrue();

        assertThatThrownBy(() -> admin.reject(item.id(), "  ")).isInstanceOf(FieldValidationException.class);
        assertThat(risk.reviewFor(orderNo).orElseThrow().isPending()).isTrue();

        ReviewItem rejected = admin.reject(item.id(), "card testing pattern");
        assertThat(rejected.status()).isEqualTo(ReviewItem.Status.REJECTED);
        assertThat(events.stream(RiskReviewResolved.class))
                .containsExactly(new RiskReviewResolved(item.id(), "ORDER", orderNo, user, false));
        assertThat(audit.history("risk-review", String.valueOf(item.id())))
                .extracting(AuditEntryView::action).containsExactly("risk.review.reject");

        RiskDecision payment = risk.assessPayment(new PaymentRiskContext(user, null, orderNo, "ALIPAY", 100));
        assertThat(payment.isBlocked()).isTrue();
        assertThat(payment.rule()).isEqualTo("review-rejected");
        assertThatThrownBy(payment::orThrow).isInstanceOfSatisfying(RiskBlockedException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
            assertThat(e.code()).isEqualTo("risk-blocked");
            assertThat(e.getMessage()).isEqualTo("For your account's safety this purchase can't be completed right now. "
                    + "Please try again later or contact support.");
            assertThat(e.messageKey()).isEqualTo("risk.user.blocked");
        });
    }

    @Test
    void anAdminCannotResolveAReviewAboutThemselves() {
        long adminId = accounts.findByUsername("admin").orElseThrow().id();
        String orderNo = orderNo();
        SignIn.asUser(users, "admin");
        heldOrder(adminId, orderNo);
        ReviewItem item = risk.reviewFor(orderNo).orElseThrow();
        assertThatThrownBy(() -> admin.approve(item.id(), "mine"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("risk-review-own"));
        assertThat(events.stream(RiskReviewResolved.class)).isEmpty();

        SignIn.asUser(users, "admin2");
        assertThat(admin.approve(item.id(), "checked by a colleague").status()).isEqualTo(ReviewItem.Status.APPROVED);
    }

    @Test
    void learnersCannotUseTheAdminSide() {
        SignIn.asUser(users, "learner");
        assertThatThrownBy(() -> admin.pendingReviews()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.approve(1, "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.block(BlockTarget.USER, "1", "x", null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.updateRuleSetting(RiskRuleSetting.ORDER_USER_LIMIT, 100))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.searchDecisions(DecisionSearch.all(), 0, 10)).isInstanceOf(AccessDeniedException.class);
    }
}
