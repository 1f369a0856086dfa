package com.knowpay.analytics;

import com.knowpay.analytics.internal.Periods;
import com.knowpay.analytics.internal.Recommender;
import com.knowpay.analytics.internal.RollupWriter;
import com.knowpay.analytics.internal.SalesReadModel;
import com.knowpay.catalog.CatalogService;
import com.knowpay.catalog.CourseView;
import com.knowpay.entitlement.EntitlementService;
import com.knowpay.entitlement.LibraryItem;
import com.knowpay.ledger.LedgerService;
import com.knowpay.payment.TestMoney;
import com.knowpay.risk.DecisionSearch;
import com.knowpay.risk.RiskAdminService;
import com.knowpay.risk.Verdict;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.security.CurrentUser;
import com.knowpay.shared.security.KnowPayPrincipal;
import com.knowpay.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Analytics' public API: the creator dashboard (own figures only), the platform overview (admins),
 * recommendations, and the refund hook for the refund module. Figures come from roll-ups kept up to
 * date by order events (see {@code internal.RollupWriter}); days are business days in Asia/Shanghai
 * ({@link BusinessDay}).
 */
@Service
@Transactional(readOnly = true)
public class AnalyticsService {

    private final SalesReadModel model;
    private final RollupWriter writer;
    private final Recommender recommender;
    private final CatalogService catalog;
    private final EntitlementService entitlements;
    private final LedgerService ledger;
    private final RiskAdminService risk;
    private final ObjectProvider<OpenMismatchCount> mismatches;
    private final ObjectProvider<RefundFigures> refundFigures;
    private final TestMoney testMoney;
    private final Clock clock;

    AnalyticsService(SalesReadModel model, RollupWriter writer, Recommender recommender, CatalogService catalog,
                     EntitlementService entitlements, LedgerService ledger, RiskAdminService risk,
                     ObjectProvider<OpenMismatchCount> mismatches, ObjectProvider<RefundFigures> refundFigures,
                     TestMoney testMoney, Clock clock) {
        this.model = model;
        this.writer = writer;
        this.recommender = recommender;
        this.catalog = catalog;
        this.entitlements = entitlements;
        this.ledger = ledger;
        this.risk = risk;
        this.mismatches = mismatches;
        this.refundFigures = refundFigures;
        this.testMoney = testMoney;
        this.clock = clock;
    }

    /** Today's business day. */
    public LocalDate today() {
        return BusinessDay.of(clock.instant());
    }

    // ---- creator dashboard -------------------------------------------------------------------

    /** The signed-in creator's own sales. */
    @RolesAllowed("CREATOR")
    public CreatorDashboard myDashboard(DashboardQuery query) {
        return build(CurrentUser.require().userId(), query);
    }

    /** A creator's sales: the creator themself or an admin; anyone else is refused. */
    @RolesAllowed({"CREATOR", "ADMIN"})
    public CreatorDashboard dashboardOf(long creatorId, DashboardQuery query) {
        KnowPayPrincipal me = CurrentUser.require();
        if (!me.hasRole(Role.ADMIN) && me.userId() != creatorId) {
            throw DomainException.forbidden("analytics-not-your-figures", "You can only see your own sales figures.");
        }
        return build(creatorId, query);
    }

    /** The signed-in creator's figures per period and per course as CSV (UTF-8, RFC 4180 quoting). */
    @RolesAllowed("CREATOR")
    public String myDashboardCsv(DashboardQuery query) {
        CreatorDashboard d = myDashboard(query);
        StringBuilder csv = new StringBuilder(Csv.HEADER_PERIOD);
        d.periods().forEach(p -> csv.append(Csv.row(p.start().toString(), p.figures())));
        csv.append("\r\n").append(Csv.HEADER_COURSE);
        d.courses().forEach(c -> csv.append(Csv.row(c.courseId() + "," + Csv.quote(c.title()), c.figures())));
        return csv.toString();
    }

    private CreatorDashboard build(long creatorId, DashboardQuery q) {
        List<PeriodFigures> days = model.creatorDays(creatorId, q.from(), q.to());
        List<SalesReadModel.CourseSales> perCourse = model.creatorCourses(creatorId, q.from(), q.to());
        Map<Long, String> titles = titles(creatorId, perCourse);
        List<CourseFigures> courses = perCourse.stream()
                .map(c -> new CourseFigures(c.courseId(), titles.getOrDefault(c.courseId(), "#" + c.courseId()), c.figures()))
                .toList();
        return new CreatorDashboard(creatorId, q, Periods.total(days), Periods.group(days, q.from(), q.to(), q.granularity()),
                courses);
    }

    private Map<Long, String> titles(long creatorId, List<SalesReadModel.CourseSales> perCourse) {
        if (CurrentUser.get().map(u -> u.userId() == creatorId && u.hasRole(Role.CREATOR)).orElse(false)) {
            return catalog.myCourses().stream().collect(Collectors.toMap(CourseView::id, CourseView::title, (a, b) -> a));
        }
        Map<Long, String> titles = new HashMap<>();
        perCourse.forEach(c -> catalog.findVisible(c.courseId()).ifPresent(v -> titles.put(v.id(), v.title())));
        return titles;
    }

    // ---- platform overview -------------------------------------------------------------------

    @RolesAllowed("ADMIN")
    public PlatformOverview platformOverview(DashboardQuery q) {
        List<PeriodFigures> days = model.platformDays(q.from(), q.to());
        Map<String, SalesReadModel.ChannelSales> byChannel = model.platformChannels(q.from(), q.to());
        Map<String, Duration> medians = model.medianTimeToPay(q.from(), q.to());
        List<ChannelFigures> channels = new ArrayList<>();
        byChannel.forEach((channel, s) -> {
            if (!channel.equals("NONE")) {
                channels.add(new ChannelFigures(channel, s.attempts(), s.figures().ordersPaid(), s.figures().grossFen(),
                        s.figures().refundsFen(), Optional.ofNullable(medians.get(channel))));
            }
        });
        long blocks = risk.searchDecisions(new DecisionSearch(null, null, Verdict.BLOCK, null, BusinessDay.startOf(q.from()),
                BusinessDay.startOf(q.to().plusDays(1))), 0, 1).getTotalElements();
        OptionalLong open = Optional.ofNullable(mismatches.getIfAvailable())
                .map(m -> OptionalLong.of(m.openMismatches())).orElse(OptionalLong.empty());
        OptionalLong pending = Optional.ofNullable(refundFigures.getIfAvailable())
                .map(r -> OptionalLong.of(r.pendingRefundRequests())).orElse(OptionalLong.empty());
        return new PlatformOverview(q, Periods.total(days), Periods.group(days, q.from(), q.to(), q.granularity()),
                channels, blocks, open, pending);
    }

    @RolesAllowed("ADMIN")
    public String platformCsv(DashboardQuery q) {
        PlatformOverview o = platformOverview(q);
        StringBuilder csv = new StringBuilder(Csv.HEADER_PERIOD);
        o.periods().forEach(p -> csv.append(Csv.row(p.start().toString(), p.figures())));
        return csv.toString();
    }

    // ---- recommendations ---------------------------------------------------------------------

    /**
     * Courses that buyers of this course also bought, for the current visitor: never the course itself
     * nor one the signed-in learner already owns; cold start falls back to best-sellers of the same tag
     * or kind. Anyone may ask (anonymous visitors see the unfiltered list).
     */
    public List<Recommendation> alsoBought(long courseId, int limit) {
        Set<Long> owned = CurrentUser.get().isPresent()
                ? entitlements.myLibrary().stream().map(LibraryItem::courseId).collect(Collectors.toSet())
                : Set.of();
        return recommender.alsoBought(courseId, limit, owned);
    }

    // ---- hooks for the refund module (wired by the lead) ---------------------------------------

    /**
     * Counts a refund on its own business day (not the order's); a full refund also takes the order's
     * co-purchase pairs back. Idempotent per (order, amount, instant). Runs in its own transaction.
     * A refund of test money counts nowhere, like its sale.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefund(RefundFact fact) {
        if (testMoney.is(fact.channel())) {
            return;
        }
        writer.refunded(fact.eventKey(), fact.creatorId(), fact.courseId(), fact.channel().name(), fact.amount().fen(),
                fact.at(), ledger.defaultCommissionRate());
        if (fact.full()) {
            writer.takeBackCoPurchase(fact.orderNo());
        }
    }

    /** Takes a fully refunded order's co-purchase pairs back (idempotent). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void takeBackCoPurchase(String orderNo) {
        writer.takeBackCoPurchase(orderNo);
    }
}
