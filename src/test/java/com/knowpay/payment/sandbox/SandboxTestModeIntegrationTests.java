package com.knowpay.payment.sandbox;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.knowpay.account.AccountService;
import com.knowpay.analytics.AnalyticsService;
import com.knowpay.analytics.DashboardQuery;
import com.knowpay.analytics.Granularity;
import com.knowpay.analytics.RefundFact;
import com.knowpay.analytics.SalesFigures;
import com.knowpay.catalog.CatalogService;
import com.knowpay.catalog.ui.StorefrontView;
import com.knowpay.entitlement.EntitlementService;
import com.knowpay.ledger.AccountType;
import com.knowpay.ledger.CreatorBalance;
import com.knowpay.ledger.JournalEntryView;
import com.knowpay.ledger.LedgerService;
import com.knowpay.ledger.PostingView;
import com.knowpay.ledger.RefundPosting;
import com.knowpay.order.OrderService;
import com.knowpay.payment.ChannelType;
import com.knowpay.payment.PaymentBills;
import com.knowpay.payment.TestMoney;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.Money;
import com.knowpay.support.PaymentTestKit.SandboxCheckout;
import com.knowpay.support.PaymentTestKit;
import com.knowpay.support.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * The production profile ({@code mysql}, here on a private H2) with the sandbox switched on explicitly:
 * a learner can pay in the sandbox wallet and gets the course, but the money is test money — nothing in
 * the creator's earnings or payout balance, no commission, no dashboard revenue, no reconciliation, and
 * its refund touches none of them either; every page shows the "test mode" bar.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:kp-testmode-${random.uuid};MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE,KEY,YEAR,MONTH,DAY;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa", "spring.datasource.password=",
        "knowpay.demo.enabled=true", "vaadin.launch-browser=false",
        "knowpay.payment.sandbox.enabled=true"})
@ActiveProfiles("mysql")
class SandboxTestModeIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Autowired
    ApplicationContext ctx;

    @Autowired
    AccountService accounts;

    @Autowired
    CatalogService catalog;

    @Autowired
    OrderService orders;

    @Autowired
    UserDetailsService users;

    @Autowired
    SandboxProvider wallet;

    @Autowired
    EntitlementService entitlements;

    @Autowired
    LedgerService ledger;

    @Autowired
    AnalyticsService analytics;

    @Autowired
    PaymentBills bills;

    @Autowired
    TestMoney testMoney;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSandboxPaymentIsTestMoneyThatReachesNoEarningsRevenueOrReconciliation() {
        SandboxCheckout c = PaymentTestKit.sandboxCheckout(accounts, catalog, orders, users);
        long creatorId = catalog.findVisible(c.courseId()).orElseThrow().creatorId();
        CreatorBalance before = admin(() -> ledger.balanceOf(creatorId));
        assertThat(testMoney.is(ChannelType.SANDBOX)).isTrue();

        wallet.pay(c.paymentNo());

        // the learner owns the course: the sandbox still works end to end
        await().atMost(WAIT).until(() -> entitlements.hasAccess(c.userId(), c.courseId()));
        List<JournalEntryView> entries = await().atMost(WAIT)
                .until(() -> admin(() -> ledger.entriesOfOrder(c.orderNo())), e -> !e.isEmpty());
        await().atMost(WAIT).until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM event_publication", Long.class) == 0);

        List<PostingView> sale = entries.getFirst().postings();
        assertThat(sale).extracting(PostingView::accountType)
                .containsExactlyInAnyOrder(AccountType.PROVIDER_CLEARING, AccountType.TEST_MONEY);
        assertThat(admin(() -> ledger.balanceOf(creatorId))).isEqualTo(before);

        LocalDate today = analytics.today();
        DashboardQuery day = new DashboardQuery(today.minusDays(1), today.plusDays(1), Granularity.DAY);
        SalesFigures creatorTotals = admin(() -> analytics.dashboardOf(creatorId, day)).totals();
        assertThat(creatorTotals.ordersPaid()).isZero();
        assertThat(creatorTotals.grossFen()).isZero();
        SalesFigures platform = admin(() -> analytics.platformOverview(day)).totals();
        assertThat(platform.grossFen()).isZero();
        assertThat(platform.commissionFen()).isZero();

        assertThat(bills.enabledChannels()).doesNotContain(ChannelType.SANDBOX);
        assertThatThrownBy(() -> bills.fetch(ChannelType.SANDBOX, today.minusDays(1)))
                .isInstanceOf(DomainException.class);

        // its refund, however the refund flow calls the ledger, stays test money too
        Money gross = Money.fen(-sale.stream().filter(p -> p.accountType() == AccountType.TEST_MONEY)
                .mapToLong(PostingView::amountFen).sum());
        RefundPosting refund = new RefundPosting("refund:T" + c.orderNo(), c.orderNo(), creatorId, ChannelType.SANDBOX,
                gross, gross, Instant.now());
        JournalEntryView approved = admin(() -> ledger.recordRefundApproved(refund));
        assertThat(approved.postings()).extracting(PostingView::accountType)
                .containsExactlyInAnyOrder(AccountType.TEST_MONEY, AccountType.REFUNDS_PAYABLE);
        admin(() -> ledger.recordRefund(refund));
        analytics.recordRefund(new RefundFact(c.orderNo(), creatorId, c.courseId(), ChannelType.SANDBOX, gross,
                Instant.now(), true));

        assertThat(admin(() -> ledger.balanceOf(creatorId))).isEqualTo(before);
        assertThat(admin(() -> analytics.platformOverview(day)).totals().refundsFen()).isZero();
        assertThat(admin(() -> ledger.checkInvariants()).violations()).isEmpty();
    }

    @Test
    void everyPageShowsTheTestModeBar() {
        Routes routes = new Routes().autoDiscoverViews("com.knowpay");
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, ctx, UI::new));
        try {
            UI.getCurrent().navigate(StorefrontView.class);
            Div bar = _get(Div.class, spec -> spec.withId(TestModeBar.ID));
            assertThat(bar.isVisible()).isTrue();
            assertThat(bar.getText()).isEqualTo(UI.getCurrent().getTranslation("payment.sandbox.test-mode"))
                    .containsAnyOf("TEST MODE", "测试模式");

            UI.getCurrent().navigate("login");
            assertThat(_get(Div.class, spec -> spec.withId(TestModeBar.ID)).isVisible()).isTrue();
        } finally {
            MockVaadin.tearDown();
        }
    }

    private <T> T admin(java.util.function.Supplier<T> action) {
        return SignIn.as(users, "admin", action);
    }
}
