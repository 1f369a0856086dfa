package com.knowpay.refund.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.knowpay.account.AccountService;
import com.knowpay.catalog.CatalogService;
import com.knowpay.entitlement.EntitlementService;
import com.knowpay.ledger.JournalEntryView;
import com.knowpay.ledger.LedgerService;
import com.knowpay.order.OrderRefundLookup;
import com.knowpay.order.OrderService;
import com.knowpay.order.ui.AdminOrdersView;
import com.knowpay.order.ui.OrderDetailView;
import com.knowpay.payment.sandbox.SandboxProvider;
import com.knowpay.refund.RefundAsk;
import com.knowpay.refund.RefundFilter;
import com.knowpay.refund.RefundFixtures;
import com.knowpay.refund.RefundService;
import com.knowpay.refund.RefundStatus;
import com.knowpay.refund.RefundView;
import com.knowpay.shared.Money;
import com.knowpay.support.KaribuTest;
import com.knowpay.support.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Karibu tests of the learner's refund form, the admin refund queue, order search and order detail. */
class RefundViewsTests extends KaribuTest {

    @Autowired AccountService accounts;
    @Autowired CatalogService catalog;
    @Autowired OrderService orders;
    @Autowired EntitlementService entitlements;
    @Autowired LedgerService ledger;
    @Autowired UserDetailsService users;
    @Autowired SandboxProvider provider;
    @Autowired RefundService refunds;
    @Autowired OrderRefundLookup lookup;

    RefundFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new RefundFixtures(accounts, catalog, orders, entitlements, ledger, users, provider);
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> rows(String gridId) {
        Grid<T> grid = _get(Grid.class, spec -> spec.withId(gridId));
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    @Test
    void theLearnersOpenOrderPageIsToldWhenTheRefundCompletes() {
        RefundFixtures.Paid paid = fixtures.paidOrder("Spring Boot from Zero");
        login(paid.learner());
        UI.getCurrent().navigate("orders/" + paid.orderNo());

        RefundView asked = refunds.request(paid.orderNo(),
                com.knowpay.refund.RefundAsk.of(com.knowpay.shared.Money.ofYuan("49.00"), "Chapter 3 is missing"));
        com.knowpay.support.SignIn.as(users, "admin", () -> refunds.approve(asked.refundNo(), "ok"));

        org.awaitility.Awaitility.await().pollInSameThread().atMost(RefundFixtures.WAIT).untilAsserted(() -> {
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
            assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("refund-completed")).getText())
                    .contains("¥49.00");
        });
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("order-status")).getText())
                .isNotBlank();
    }

    @Test
    void theLearnerAsksForARefundFromTheFormAndSeesItOnTheOrder() {
        RefundFixtures.Paid paid = fixtures.paidOrder("Spring Boot from Zero");
        login(paid.learner());

        UI.getCurrent().navigate("orders/" + paid.orderNo());
        assertThat(_get(Anchor.class, spec -> spec.withId("request-refund")).getHref())
                .isEqualTo("orders/" + paid.orderNo() + "/refund");

        UI.getCurrent().navigate("orders/" + paid.orderNo() + "/refund");
        assertThat(_get(Paragraph.class, spec -> spec.withId("refund-policy")).getText()).contains("7").contains("¥149.00");
        assertThat(_get(TextField.class, spec -> spec.withId("refund-amount")).getValue()).isEqualTo("149.00");
        _click(_get(Button.class, spec -> spec.withId("submit-refund")));
        assertThat(_get(TextArea.class, spec -> spec.withId("refund-reason")).isInvalid()).as("reason required").isTrue();
        assertThat(lookup.refundsOf(paid.orderNo())).isEmpty();

        _setValue(_get(TextField.class, spec -> spec.withId("refund-amount")), "12.50");
        _setValue(_get(TextArea.class, spec -> spec.withId("refund-reason")), "The videos do not play");
        _click(_get(Button.class, spec -> spec.withId("submit-refund")));

        assertThat(lookup.refundsOf(paid.orderNo())).singleElement().satisfies(r -> {
            assertThat(r.amount()).isEqualTo(Money.ofYuan("12.50"));
            assertThat(r.status()).isEqualTo("REQUESTED");
        });
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).isInstanceOf(OrderDetailView.class);
        assertThat(rows("refunds-grid")).hasSize(1);
    }

    @Test
    void aLearnerCannotOpenAnotherLearnersRefundFormNorTheAdminScreens() {
        RefundFixtures.Paid paid = fixtures.paidOrder("Spring Boot from Zero");
        String stranger = fixtures.newLearner();
        login(stranger);

        UI.getCurrent().navigate("orders/" + paid.orderNo() + "/refund");
        assertThat(_get(Span.class, spec -> spec.withId("refund-order-not-found")).getText()).isNotBlank();
        for (Class<? extends com.vaadin.flow.component.Component> view
                : List.of(RefundQueueView.class, AdminOrdersView.class)) {
            assertThatThrownBy(() -> UI.getCurrent().navigate(view)).isInstanceOf(MockAccessDeniedException.class);
        }
    }

    @Test
    void theQueueApprovesRejectsAndNeedsASecondAdminAboveTheThreshold() {
        RefundFixtures.Paid small = fixtures.paidOrder("Spring Boot from Zero");
        RefundFixtures.Paid large = fixtures.paidOrder("Machine Learning Basics");
        RefundView toApprove = SignIn.as(users, small.learner(), () -> refunds.request(small.orderNo(),
                RefundAsk.of(Money.ofYuan("3.00"), "approve me")));
        RefundView toReject = SignIn.as(users, small.learner(), () -> refunds.request(small.orderNo(),
                RefundAsk.of(Money.ofYuan("4.00"), "reject me")));
        RefundView big = SignIn.as(users, large.learner(), () -> refunds.request(large.orderNo(), RefundAsk.of(null, "big")));

        login("admin");
        UI.getCurrent().navigate(RefundQueueView.class);
        select(toApprove.refundNo());
        _click(_get(Button.class, spec -> spec.withId("approve-refund")));
        assertThat(status(toApprove)).isEqualTo(RefundStatus.SUCCEEDED);

        select(toReject.refundNo());
        _setValue(_get(TextArea.class, spec -> spec.withId("refund-note")), "Outside policy");
        _click(_get(Button.class, spec -> spec.withId("reject-refund")));
        assertThat(status(toReject)).isEqualTo(RefundStatus.REJECTED);

        select(big.refundNo());
        _click(_get(Button.class, spec -> spec.withId("approve-refund")));
        assertThat(status(big)).isEqualTo(RefundStatus.AWAITING_SECOND_APPROVAL);
        select(big.refundNo());
        _click(_get(Button.class, spec -> spec.withId("approve-refund")));
        assertThat(status(big)).as("same admin twice").isEqualTo(RefundStatus.AWAITING_SECOND_APPROVAL);

        logout();
        login("admin2");
        UI.getCurrent().navigate(RefundQueueView.class);
        select(big.refundNo());
        _click(_get(Button.class, spec -> spec.withId("approve-refund")));
        assertThat(status(big)).isEqualTo(RefundStatus.SUCCEEDED);

        @SuppressWarnings("unchecked")
        Select<RefundFilter> filter = _get(Select.class, spec -> spec.withId("refund-filter"));
        filter.setValue(RefundFilter.SUCCEEDED);
        assertThat(RefundViewsTests.<RefundView>rows("refunds-grid")).extracting(RefundView::refundNo)
                .contains(toApprove.refundNo(), big.refundNo()).doesNotContain(toReject.refundNo());
        assertThat(_get(Button.class, spec -> spec.withId("retry-refund")).isEnabled()).isFalse();
    }

    @Test
    void orderSearchFindsByOrderNoPaymentNoAndLearnerAndTheDetailShowsEverything() {
        RefundFixtures.Paid paid = fixtures.paidOrder("Spring Boot from Zero");
        String paymentNo = paid.order().attempts().getFirst().paymentNo();
        login("admin");

        UI.getCurrent().navigate(AdminOrdersView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("search-order-no")), paid.orderNo());
        _click(_get(Button.class, spec -> spec.withId("search-orders")));
        assertThat(RefundViewsTests.<com.knowpay.order.OrderView>rows("orders-grid"))
                .extracting(com.knowpay.order.OrderView::orderNo).containsExactly(paid.orderNo());

        _setValue(_get(TextField.class, spec -> spec.withId("search-order-no")), "");
        _setValue(_get(TextField.class, spec -> spec.withId("search-payment-no")), paymentNo);
        _click(_get(Button.class, spec -> spec.withId("search-orders")));
        assertThat(RefundViewsTests.<com.knowpay.order.OrderView>rows("orders-grid"))
                .extracting(com.knowpay.order.OrderView::orderNo).containsExactly(paid.orderNo());

        _setValue(_get(TextField.class, spec -> spec.withId("search-payment-no")), "");
        _setValue(_get(TextField.class, spec -> spec.withId("search-learner")), paid.learner());
        _click(_get(Button.class, spec -> spec.withId("search-orders")));
        assertThat(RefundViewsTests.<com.knowpay.order.OrderView>rows("orders-grid"))
                .extracting(com.knowpay.order.OrderView::orderNo).containsExactly(paid.orderNo());

        UI.getCurrent().navigate("admin/orders/" + paid.orderNo());
        assertThat(_get(Span.class, spec -> spec.withId("admin-order-status")).getText()).isEqualTo("Paid");
        assertThat(rows("admin-attempts-grid")).hasSize(1);
        assertThat(rows("admin-notifications-grid")).isNotEmpty();
        assertThat(rows("admin-history-grid")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(RefundViewsTests.<JournalEntryView>rows("admin-ledger-grid")).extracting(JournalEntryView::reference)
                .containsExactly("payment:" + paymentNo);

        _setValue(_get(TextField.class, spec -> spec.withId("admin-refund-amount")), "8.00");
        _setValue(_get(TextArea.class, spec -> spec.withId("admin-refund-reason")), "Support goodwill");
        _click(_get(Button.class, spec -> spec.withId("admin-start-refund")));

        assertThat(RefundViewsTests.<RefundView>rows("admin-refunds-grid")).singleElement().satisfies(r -> {
            assertThat(r.amount()).isEqualTo(Money.ofYuan("8.00"));
            assertThat(r.status()).isEqualTo(RefundStatus.REQUESTED);
        });

        // The rest (the amount field offers it): then nothing is left to refund, and no form offers it.
        _setValue(_get(TextArea.class, spec -> spec.withId("admin-refund-reason")), "Support goodwill, the rest");
        _click(_get(Button.class, spec -> spec.withId("admin-start-refund")));
        assertThat(RefundViewsTests.<RefundView>rows("admin-refunds-grid")).hasSize(2);
        _assertNone(Button.class, spec -> spec.withId("admin-start-refund"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("admin-order-policy")).getText()).contains("¥0.00");

        UI.getCurrent().navigate("admin/orders/O-DOES-NOT-EXIST");
        assertThat(_get(Span.class, spec -> spec.withId("admin-order-not-found")).getText()).contains("O-DOES-NOT-EXIST");
    }

    private void select(String refundNo) {
        Grid<RefundView> grid = _get(Grid.class, spec -> spec.withId("refunds-grid"));
        RefundView row = RefundViewsTests.<RefundView>rows("refunds-grid").stream()
                .filter(r -> r.refundNo().equals(refundNo)).findFirst().orElseThrow();
        grid.select(row);
    }

    private RefundStatus status(RefundView r) {
        return SignIn.as(users, "admin", () -> refunds.get(r.refundNo())).status();
    }
}
