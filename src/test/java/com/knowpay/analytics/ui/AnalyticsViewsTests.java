package com.knowpay.analytics.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.knowpay.account.AccountService;
import com.knowpay.account.RegisterCommand;
import com.knowpay.account.UserView;
import com.knowpay.analytics.Granularity;
import com.knowpay.analytics.internal.PaidOrder;
import com.knowpay.analytics.internal.RollupWriter;
import com.knowpay.catalog.CatalogService;
import com.knowpay.catalog.CourseDraft;
import com.knowpay.catalog.CourseKind;
import com.knowpay.catalog.CourseView;
import com.knowpay.shared.security.Role;
import com.knowpay.support.KaribuTest;
import com.knowpay.support.RunAs;
import com.knowpay.support.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

class AnalyticsViewsTests extends KaribuTest {

    @Autowired AccountService accounts;
    @Autowired CatalogService catalog;
    @Autowired RollupWriter writer;
    @Autowired UserDetailsService users;
    @Autowired Clock clock;

    UserView creator;

    @BeforeEach
    void freshCreator() {
        creator = register(Role.CREATOR);
    }

    private UserView register(Role role) {
        String name = "v" + RunAs.unique();
        return accounts.register(new RegisterCommand(name, "View " + name, null, "Correct-Horse-42", role));
    }

    private CourseView course(String tag) {
        return SignIn.as(users, creator.username(), () -> catalog.publish(catalog.create(new CourseDraft(CourseKind.COURSE,
                "Analytics view " + RunAs.unique(), null, "About", null, List.of(tag), "99.00", "Content")).id()));
    }

    private void sale(CourseView c, long userId) {
        Instant now = clock.instant();
        String orderNo = "V" + RunAs.unique();
        writer.placed(orderNo, userId, c.id(), c.creatorId(), now.minusSeconds(40));
        writer.paid(new PaidOrder(orderNo, userId, c.id(), c.creatorId(), "COURSE", String.join(",", c.tags()), "SANDBOX",
                c.price().fen(), now), 2000);
    }

    @Test
    void creatorSeesOwnFiguresChartsTablesAndCsv() {
        CourseView c = course("karibu");
        sale(c, 5_000_000_000L + creator.id());
        login(creator.username());
        UI.getCurrent().navigate(CreatorDashboardView.class);

        assertThat(_get(Span.class, s -> s.withId("analytics-gross")).getText()).isEqualTo("¥99.00");
        assertThat(_get(Span.class, s -> s.withId("analytics-commission")).getText()).isEqualTo("¥19.80");
        assertThat(_get(Span.class, s -> s.withId("analytics-net")).getText()).isEqualTo("¥79.20");
        assertThat(_get(Span.class, s -> s.withId("analytics-conversion")).getText()).isEqualTo("100.0%");
        Grid<?> courses = _get(Grid.class, s -> s.withId("analytics-courses"));
        assertThat(GridKt._size(courses)).isEqualTo(1);
        assertThat(GridKt._size(_get(Grid.class, s -> s.withId("analytics-periods")))).isEqualTo(30);
        assertThat(_find(Image.class)).extracting(i -> i.getElement().getAttribute("data-chart"))
                .contains("revenue.svg", "top-courses.svg");
        assertThat(_get(Anchor.class, s -> s.withId("analytics-csv")).getHref()).isNotBlank();

        @SuppressWarnings("unchecked")
        Select<Granularity> group = _get(Select.class, s -> s.withId("analytics-granularity"));
        group.setValue(Granularity.MONTH);
        _click(_get(Button.class, s -> s.withId("analytics-show")));
        assertThat(GridKt._size(_get(Grid.class, s -> s.withId("analytics-periods")))).isBetween(1, 2);
        assertThat(_get(Span.class, s -> s.withId("analytics-gross")).getText()).isEqualTo("¥99.00");
    }

    @Test
    void anotherCreatorSeesNoneOfIt() {
        course("karibu");
        UserView other = register(Role.CREATOR);
        sale(course("karibu"), 5_100_000_000L + creator.id());
        login(other.username());
        UI.getCurrent().navigate(CreatorDashboardView.class);
        assertThat(_get(Span.class, s -> s.withId("analytics-gross")).getText()).isEqualTo("¥0.00");
        assertThat(GridKt._size(_get(Grid.class, s -> s.withId("analytics-courses")))).isZero();
    }

    @Test
    void learnersCannotOpenTheDashboards() {
        login("learner");
        assertThatThrownBy(() -> UI.getCurrent().navigate(CreatorDashboardView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate(AdminOverviewView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void adminSeesThePlatformOverview() {
        sale(course("karibu"), 5_200_000_000L + creator.id());
        login("admin");
        UI.getCurrent().navigate(AdminOverviewView.class);
        assertThat(_get(Span.class, s -> s.withId("analytics-gmv")).getText()).startsWith("¥").isNotEqualTo("¥0.00");
        assertThat(_get(Span.class, s -> s.withId("analytics-open-mismatches")).getText()).matches("\\d+");
        assertThat(GridKt._size(_get(Grid.class, s -> s.withId("analytics-channels")))).isPositive();
        assertThat(_find(Image.class)).extracting(i -> i.getElement().getAttribute("data-chart")).contains("revenue.svg");
    }

    @Test
    void coursePageShowsWhatBuyersAlsoBoughtButNotWhatTheLearnerOwns() {
        String tag = "k" + RunAs.unique();
        CourseView first = course(tag);
        CourseView second = course(tag);
        long buyer = 5_300_000_000L + creator.id();
        sale(first, buyer);
        sale(second, buyer);
        UserView learner = register(Role.LEARNER);
        login(learner.username());
        UI.getCurrent().navigate("course/" + first.id());

        VerticalLayout recs = _get(VerticalLayout.class, s -> s.withId("analytics-recommendations"));
        List<Anchor> links = _find(recs, Anchor.class);
        assertThat(links).extracting(Anchor::getText).startsWith(second.title()).doesNotContain(first.title());
    }
}
