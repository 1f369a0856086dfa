package com.knowpay.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knowpay.account.AccountService;
import com.knowpay.account.UserView;
import com.knowpay.analytics.internal.PaidOrder;
import com.knowpay.analytics.internal.RollupWriter;
import com.knowpay.catalog.CatalogService;
import com.knowpay.catalog.CourseKind;
import com.knowpay.catalog.CourseView;
import com.knowpay.entitlement.EntitlementService;
import com.knowpay.order.OrderPaid;
import com.knowpay.order.OrderPlaced;
import com.knowpay.payment.ChannelType;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.Money;
import com.knowpay.shared.security.Role;
import com.knowpay.support.IntegrationTest;
import com.knowpay.support.RunAs;
import com.knowpay.support.SignIn;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Roll-ups checked against hand-computed figures. Commission is the ledger's default 20 % (2000 bp).
 * Business days are China days: 2026-03-01T16:00Z is 2026-03-02 00:00 in Shanghai.
 */
@IntegrationTest
class AnalyticsIntegrationTests {

    private static final int RATE = 2000;

    @Autowired AnalyticsService analytics;
    @Autowired RollupWriter writer;
    @Autowired AccountService accounts;
    @Autowired CatalogService catalog;
    @Autowired EntitlementService entitlements;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired com.knowpay.reconciliation.ReconciliationService reconciliation;

    AnalyticsFixtures fixtures;
    UserView creator;
    UserView otherCreator;

    @BeforeEach
    void setUp() {
        fixtures = new AnalyticsFixtures(accounts, catalog, users);
        creator = fixtures.user(Role.CREATOR);
        otherCreator = fixtures.user(Role.CREATOR);
    }

    private PaidOrder paid(String orderNo, long userId, CourseView c, ChannelType channel, long fen, String at) {
        return new PaidOrder(orderNo, userId, c.id(), c.creatorId(), c.kind().name(), String.join(",", c.tags()),
                channel.name(), fen, Instant.parse(at));
    }

    private static String no() {
        return "T" + RunAs.unique();
    }

    @Test
    void figuresFollowChinaBusinessDaysAndRefundsCountOnTheirOwnDay() {
        CourseView a = fixtures.publishedCourse(creator, CourseKind.COURSE, List.of("java"), "99.00");
        CourseView b = fixtures.publishedCourse(creator, CourseKind.EBOOK, List.of("java"), "50.00");
        String o1 = no();
        String o2 = no();
        String o3 = no();
        writer.placed(o1, 1, a.id(), creator.id(), Instant.parse("2026-03-01T10:00:00Z")); // 18:00 China, 03-01
        writer.placed(o2, 2, a.id(), creator.id(), Instant.parse("2026-03-01T15:59:00Z")); // 23:59 China, 03-01, never paid
        writer.placed(o3, 3, b.id(), creator.id(), Instant.parse("2026-03-01T16:00:00Z")); // 00:00 China, 03-02
        writer.paid(paid(o1, 1, a, ChannelType.SANDBOX, 9900, "2026-03-01T23:30:00Z"), RATE); // 07:30 China, 03-02
        writer.paid(paid(o3, 3, b, ChannelType.ALIPAY, 5000, "2026-03-01T16:05:00Z"), RATE); // 03-02
        // partial refund two China days later, just after midnight there (still 03-03 in UTC)
        writer.refunded("refund:" + o1, creator.id(), a.id(), "SANDBOX", 4950, Instant.parse("2026-03-03T16:30:00Z"), RATE);

        CreatorDashboard d = SignIn.as(users, creator.username(), () -> analytics.myDashboard(
                new DashboardQuery(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-05"), Granularity.DAY)));

        assertThat(d.periods()).hasSize(5);
        assertThat(d.periods().get(0).figures()).isEqualTo(new SalesFigures(2, 0, 0, 0, 0, 0, 0));
        // 9900 + 5000 gross; commission 1980 + 1000; net 7920 + 4000
        assertThat(d.periods().get(1).figures()).isEqualTo(new SalesFigures(1, 2, 14900, 0, 0, 2980, 11920));
        assertThat(d.periods().get(2).figures()).isEqualTo(SalesFigures.ZERO);
        // refund 4950: commission back 990, creator gives back 3960
        assertThat(d.periods().get(3).figures()).isEqualTo(new SalesFigures(0, 0, 0, 4950, 1, -990, -3960));
        assertThat(d.totals()).isEqualTo(new SalesFigures(3, 2, 14900, 4950, 1, 1990, 7960));
        assertThat(d.totals().conversion()).isEqualTo(2.0 / 3);
        assertThat(d.courses()).extracting(CourseFigures::courseId).containsExactly(a.id(), b.id());
        assertThat(d.courses().get(0).figures()).isEqualTo(new SalesFigures(2, 1, 9900, 4950, 1, 990, 3960));
        assertThat(d.courses().get(0).title()).isEqualTo(a.title());

        CreatorDashboard monthly = SignIn.as(users, creator.username(), () -> analytics.myDashboard(
                new DashboardQuery(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"), Granularity.MONTH)));
        assertThat(monthly.periods()).singleElement().satisfies(p -> {
            assertThat(p.start()).isEqualTo(LocalDate.parse("2026-03-01"));
            assertThat(p.figures()).isEqualTo(d.totals());
        });
        // 2026-03-01 is a Sunday: its ISO week starts on 2026-02-23, the rest fall into the week of 03-02
        CreatorDashboard weekly = SignIn.as(users, creator.username(), () -> analytics.myDashboard(
                new DashboardQuery(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-05"), Granularity.WEEK)));
        assertThat(weekly.periods()).extracting(PeriodFigures::start)
                .containsExactly(LocalDate.parse("2026-02-23"), LocalDate.parse("2026-03-02"));
        assertThat(weekly.periods().get(1).figures()).isEqualTo(new SalesFigures(1, 2, 14900, 4950, 1, 1990, 7960));

        String csv = SignIn.as(users, creator.username(), () -> analytics.myDashboardCsv(
                new DashboardQuery(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-02"), Granularity.DAY)));
        assertThat(csv).startsWith("period_start,orders_started").contains("2026-03-02,1,2,1.0000,149.00,0.00,0,29.80,119.20");
    }

    @Test
    void anEventAppliedTwiceCountsOnce() {
        CourseView a = fixtures.publishedCourse(creator, CourseKind.COURSE, List.of("go"), "10.00");
        String o = no();
        assertThat(writer.placed(o, 9, a.id(), creator.id(), Instant.parse("2026-04-01T02:00:00Z"))).isTrue();
        assertThat(writer.placed(o, 9, a.id(), creator.id(), Instant.parse("2026-04-01T02:00:00Z"))).isFalse();
        PaidOrder p = paid(o, 9, a, ChannelType.WECHAT, 1000, "2026-04-01T02:01:00Z");
        assertThat(writer.paid(p, RATE)).isTrue();
        assertThat(writer.paid(p, RATE)).isFalse();
        RefundFact refund = new RefundFact(o, creator.id(), a.id(), ChannelType.WECHAT, Money.fen(1000),
                Instant.parse("2026-04-02T02:00:00Z"), true);
        analytics.recordRefund(refund);
        analytics.recordRefund(refund);

        CreatorDashboard d = SignIn.as(users, creator.username(), () -> analytics.myDashboard(
                new DashboardQuery(LocalDate.parse("2026-04-01"), LocalDate.parse("2026-04-02"), Granularity.DAY)));
        assertThat(d.totals()).isEqualTo(new SalesFigures(1, 1, 1000, 1000, 1, 0, 0));
    }

    @Test
    void aCreatorSeesOnlyOwnFigures() {
        CourseView a = fixtures.publishedCourse(creator, CourseKind.COURSE, List.of("rust"), "10.00");
        writer.paid(paid(no(), 9, a, ChannelType.SANDBOX, 1000, "2026-05-01T02:00:00Z"), RATE);
        DashboardQuery may = new DashboardQuery(LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-01"), Granularity.DAY);

        CreatorDashboard others = SignIn.as(users, otherCreator.username(), () -> analytics.myDashboard(may));
        assertThat(others.creatorId()).isEqualTo(otherCreator.id());
        assertThat(others.totals()).isEqualTo(SalesFigures.ZERO);
        assertThat(others.courses()).isEmpty();
        assertThatThrownBy(() -> SignIn.as(users, otherCreator.username(), () -> analytics.dashboardOf(creator.id(), may)))
                .isInstanceOf(DomainException.class).hasMessageContaining("own sales");
        assertThatThrownBy(() -> SignIn.as(users, "learner", () -> analytics.myDashboard(may)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignIn.as(users, creator.username(), () -> analytics.platformOverview(may)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(SignIn.as(users, "admin", () -> analytics.dashboardOf(creator.id(), may)).totals().grossFen())
                .isEqualTo(1000);
    }

    @Test
    void platformOverviewShowsChannelsSuccessRateAndMedianTimeToPay() {
        CourseView a = fixtures.publishedCourse(creator, CourseKind.COURSE, List.of("ops"), "10.00");
        // a day far away from other tests' data so the platform figures are this test's alone
        LocalDate day = LocalDate.of(2031, 1, 1).plusDays(Math.floorMod(creator.id(), 3000));
        Instant start = BusinessDay.startOf(day).plusSeconds(3600);
        long[] secondsToPay = {8, 25, 50, 400};
        for (int i = 0; i < secondsToPay.length; i++) {
            String o = no();
            writer.placed(o, 100 + i, a.id(), creator.id(), start);
            writer.attemptShown("P" + o, "ALIPAY", start);
            writer.paid(new PaidOrder(o, 100 + i, a.id(), creator.id(), "COURSE", "ops", "ALIPAY", 1000,
                    start.plusSeconds(secondsToPay[i])), RATE);
        }
        writer.attemptShown("P" + no(), "ALIPAY", start); // shown, never paid
        writer.refunded("refund:" + no(), creator.id(), a.id(), "ALIPAY", 500, start.plusSeconds(7200), RATE);

        PlatformOverview o = SignIn.as(users, "admin", () -> analytics.platformOverview(
                new DashboardQuery(day, day, Granularity.DAY)));
        assertThat(o.totals()).isEqualTo(new SalesFigures(4, 4, 4000, 500, 1, 700, 2800));
        assertThat(o.totals().refundRate()).isEqualTo(0.125);
        assertThat(o.channels()).singleElement().satisfies(c -> {
            assertThat(c.channel()).isEqualTo("ALIPAY");
            assertThat(c.attempts()).isEqualTo(5);
            assertThat(c.successRate()).isEqualTo(0.8);
            // times 8, 25, 50, 400 s fall in buckets 10, 30, 60, 420: the (lower) median is in the 30 s bucket
            assertThat(c.medianTimeToPay()).contains(java.time.Duration.ofSeconds(30));
        });
        // the reconciliation queue's own count of open items (analytics reads it, never the reverse)
        long open = SignIn.as(users, "admin", () -> reconciliation.mismatches(
                com.knowpay.reconciliation.MismatchSearch.open(), 0, 1).getTotalElements());
        assertThat(o.openMismatches()).hasValue(open);
    }

    @Test
    void coPurchasesCountBothWaysExcludeOwnedAndAreTakenBackOnFullRefund() {
        String tag = "t" + RunAs.unique();
        CourseView c1 = fixtures.publishedCourse(creator, CourseKind.COURSE, List.of(tag), "10.00");
        CourseView c2 = fixtures.publishedCourse(creator, CourseKind.COURSE, List.of(tag), "10.00");
        CourseView c3 = fixtures.publishedCourse(otherCreator, CourseKind.COURSE, List.of(tag), "10.00");
        long u = 1_000_000_000L + Math.abs(creator.id());
        long v = u + 1;
        writer.paid(paid(no(), u, c1, ChannelType.SANDBOX, 1000, "2026-06-01T00:00:00Z"), RATE);
        writer.paid(paid(no(), u, c2, ChannelType.SANDBOX, 1000, "2026-06-01T00:01:00Z"), RATE);
        writer.paid(paid(no(), u, c3, ChannelType.SANDBOX, 1000, "2026-06-01T00:02:00Z"), RATE);
        writer.paid(paid(no(), v, c1, ChannelType.SANDBOX, 1000, "2026-06-01T00:03:00Z"), RATE);
        String vBuysC2 = no();
        writer.paid(paid(vBuysC2, v, c2, ChannelType.SANDBOX, 1000, "2026-06-01T00:04:00Z"), RATE);

        assertThat(count(c1, c2)).isEqualTo(2);
        assertThat(count(c2, c1)).isEqualTo(2);
        assertThat(count(c1, c3)).isEqualTo(1);
        assertThat(count(c3, c2)).isEqualTo(1);

        List<Recommendation> anonymous = analytics.alsoBought(c1.id(), 2);
        assertThat(anonymous).extracting(Recommendation::courseId).containsExactly(c2.id(), c3.id());
        assertThat(anonymous.get(0).reason()).isEqualTo(Recommendation.Reason.ALSO_BOUGHT);
        assertThat(anonymous.get(0).score()).isEqualTo(2);

        UserView learner = fixtures.user(Role.LEARNER);
        entitlements.grant(learner.id(), c2.id(), c2.title(), no());
        List<Recommendation> forOwner = SignIn.as(users, learner.username(), () -> analytics.alsoBought(c1.id(), 5));
        assertThat(forOwner).extracting(Recommendation::courseId).doesNotContain(c2.id(), c1.id()).startsWith(c3.id());

        analytics.recordRefund(new RefundFact(vBuysC2, creator.id(), c2.id(), ChannelType.SANDBOX, Money.fen(1000),
                Instant.parse("2026-06-02T00:00:00Z"), true));
        assertThat(count(c1, c2)).isEqualTo(1);
        assertThat(count(c2, c1)).isEqualTo(1);
        assertThat(count(c1, c3)).isEqualTo(1);
    }

    @Test
    void coldStartFallsBackToBestSellersOfTheSameTag() {
        String tag = "t" + RunAs.unique();
        CourseView fresh = fixtures.publishedCourse(creator, CourseKind.EBOOK, List.of(tag), "10.00");
        CourseView hit = fixtures.publishedCourse(otherCreator, CourseKind.EBOOK, List.of(tag), "10.00");
        CourseView lesser = fixtures.publishedCourse(otherCreator, CourseKind.EBOOK, List.of(tag), "10.00");
        for (int i = 0; i < 3; i++) {
            writer.paid(paid(no(), 2_000_000_000L + i * 7L + creator.id() * 100, hit, ChannelType.SANDBOX, 1000,
                    "2026-07-01T00:00:00Z"), RATE);
        }
        writer.paid(paid(no(), 2_100_000_000L + creator.id() * 100, lesser, ChannelType.SANDBOX, 1000,
                "2026-07-01T00:00:00Z"), RATE);

        List<Recommendation> recs = analytics.alsoBought(fresh.id(), 2);
        assertThat(recs).extracting(Recommendation::courseId).containsExactly(hit.id(), lesser.id());
        assertThat(recs).allSatisfy(r -> assertThat(r.reason()).isEqualTo(Recommendation.Reason.POPULAR));
        assertThat(recs.get(0).score()).isEqualTo(3);
    }

    @Test
    void orderEventsFeedTheRollUpsAfterCommitAndARedeliveredEventCountsOnce() {
        CourseView a = fixtures.publishedCourse(creator, CourseKind.COURSE, List.of("events"), "88.00");
        String o = no();
        Instant placedAt = Instant.parse("2026-08-01T15:50:00Z"); // 23:50 China, 08-01
        Instant paidAt = Instant.parse("2026-08-01T16:10:00Z"); // 00:10 China, 08-02
        OrderPaid paidEvent = new OrderPaid(o, 77, a.id(), a.title(), creator.id(), Money.fen(8800), ChannelType.SANDBOX,
                "P" + o, paidAt);
        tx.executeWithoutResult(s -> events.publishEvent(new OrderPlaced(o, 77, a.id(), Money.fen(8800), placedAt)));
        tx.executeWithoutResult(s -> events.publishEvent(paidEvent));
        DashboardQuery q = new DashboardQuery(LocalDate.parse("2026-08-01"), LocalDate.parse("2026-08-02"), Granularity.DAY);
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                SignIn.as(users, creator.username(), () -> analytics.myDashboard(q)).totals())
                .isEqualTo(new SalesFigures(1, 1, 8800, 0, 0, 1760, 7040)));

        tx.executeWithoutResult(s -> events.publishEvent(paidEvent));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE ?",
                Long.class, "%" + o + "%") == 0);
        CreatorDashboard d = SignIn.as(users, creator.username(), () -> analytics.myDashboard(q));
        assertThat(d.periods().get(0).figures().ordersStarted()).isEqualTo(1);
        assertThat(d.periods().get(1).figures()).isEqualTo(new SalesFigures(0, 1, 8800, 0, 0, 1760, 7040));
    }

    private long count(CourseView a, CourseView b) {
        List<Long> c = jdbc.queryForList("SELECT cnt FROM co_purchase WHERE course_a = ? AND course_b = ?", Long.class,
                a.id(), b.id());
        return c.isEmpty() ? 0 : c.get(0);
    }
}
