package com.knowpay.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.knowpay.account.AccountService;
import com.knowpay.catalog.CatalogService;
import com.knowpay.catalog.CourseDraft;
import com.knowpay.catalog.CourseKind;
import com.knowpay.catalog.CourseView;
import com.knowpay.entitlement.EntitlementService;
import com.knowpay.support.KaribuTest;
import com.knowpay.support.RunAs;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The course page and the reading page, for buyers, owners, visitors and creators. */
class CourseDetailViewTests extends KaribuTest {

    @Autowired
    CatalogService catalog;

    @Autowired
    EntitlementService entitlements;

    @Autowired
    AccountService accounts;

    CourseView course;

    @BeforeEach
    void publishACourse() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        login("creator");
        String title = "Detail " + RunAs.unique();
        course = catalog.create(new CourseDraft(CourseKind.COURSE, title, "A subtitle", "Line one\nLine two", null,
                List.of("detailtest"), "66.00", "Lesson 1: <b>not html</b>"));
        course = catalog.publish(course.id());
        logout();
    }

    private void open(long id) {
        UI.getCurrent().navigate("course/" + id);
    }

    @Test
    void learnerSeesBuyOnAPublishedCourse() {
        login("learner");
        open(course.id());
        assertThat(_get(H2.class, s -> s.withId("course-title")).getText()).isEqualTo(course.title());
        assertThat(_get(Paragraph.class, s -> s.withId("course-description")).getText()).isEqualTo("Line one\nLine two");
        assertThat(_get(Button.class, s -> s.withId("buy")).getText()).isEqualTo("Buy for ¥66.00");
        _assertNone(Button.class, s -> s.withId("open"));
    }

    @Test
    void anonymousBuyGoesToSignInAndComesBack() {
        open(course.id());
        _click(_get(Button.class, s -> s.withId("buy")));
        NavigatorKt.expectView(com.knowpay.account.ui.LoginView.class);
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getSingleParameter("continue"))
                .contains("course/" + course.id());
    }

    @Test
    void ownerSeesOpenInsteadOfBuyAndCanRead() {
        long learnerId = accounts.findByUsername("learner2").orElseThrow().id();
        entitlements.grant(learnerId, course.id(), course.title(), "T" + RunAs.unique());
        login("learner2");
        open(course.id());
        _assertNone(Button.class, s -> s.withId("buy"));
        _click(_get(Button.class, s -> s.withId("open")));

        NavigatorKt.expectView(CourseContentView.class);
        assertThat(_get(Div.class, s -> s.withId("course-content")).getText()).isEqualTo("Lesson 1: <b>not html</b>");
    }

    @Test
    void unlistedCourseIsNoLongerOnSale() {
        login("creator");
        catalog.unlist(course.id());
        logout();
        login("learner");
        open(course.id());
        _assertNone(Button.class, s -> s.withId("buy"));
        assertThat(_get(Paragraph.class, s -> s.withId("not-on-sale")).getText()).isEqualTo("This item is no longer on sale.");
    }

    @Test
    void creatorOpensTheirOwnCourseRatherThanBuyingIt() {
        login("creator");
        open(course.id());
        _assertOne(Button.class, s -> s.withId("open"));
        _assertNone(Button.class, s -> s.withId("buy"));
    }

    @Test
    void unknownIdsAndOthersDraftsAreAFriendlyNotFound() {
        open(987654321L);
        _assertOne(VerticalLayout.class, s -> s.withId("course-not-found"));

        login("creator");
        long draft = catalog.create(new CourseDraft(CourseKind.EBOOK, "Draft " + RunAs.unique(), null, null, null,
                List.of(), "1.00", null)).id();
        logout();
        login("learner");
        UI.getCurrent().navigate("login");
        open(draft);
        _assertOne(VerticalLayout.class, s -> s.withId("course-not-found"));
        _assertNone(Button.class, s -> s.withId("buy"));

        UI.getCurrent().navigate("course/not-a-number");
        _assertOne(VerticalLayout.class, s -> s.withId("course-not-found"));
    }

    @Test
    void contentIsRefusedWithAWayToBuy() {
        login("learner");
        UI.getCurrent().navigate("learn/" + course.id());
        _assertOne(VerticalLayout.class, s -> s.withId("not-owned"));
        _assertNone(Div.class, s -> s.withId("course-content"));
        assertThat(_get(com.vaadin.flow.router.RouterLink.class, s -> s.withId("to-course")).getHref())
                .isEqualTo("course/" + course.id());
    }
}
