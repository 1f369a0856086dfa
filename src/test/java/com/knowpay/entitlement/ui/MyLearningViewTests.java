package com.knowpay.entitlement.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.knowpay.account.AccountService;
import com.knowpay.account.UserView;
import com.knowpay.catalog.CatalogService;
import com.knowpay.catalog.CourseView;
import com.knowpay.entitlement.EntitlementService;
import com.knowpay.support.KaribuTest;
import com.knowpay.support.PaymentTestKit;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** My learning lists what the learner was granted, with a link to open it. */
class MyLearningViewTests extends KaribuTest {

    @Autowired
    AccountService accounts;
    @Autowired
    CatalogService catalog;
    @Autowired
    EntitlementService entitlements;

    @Test
    void anEmptyLibrarySaysSo() {
        login(PaymentTestKit.newLearner(accounts));
        UI.getCurrent().navigate("learning");
        assertThat(_get(Span.class, s -> s.withId("library-empty"))).isNotNull();
    }

    @Test
    void listsAGrantedCourseWithALinkToLearn() {
        String username = PaymentTestKit.newLearner(accounts);
        UserView user = accounts.findByUsername(username).orElseThrow();
        CourseView course = PaymentTestKit.pricedCourses(catalog).get(2);
        entitlements.grant(user.id(), course.id(), course.title(), "O-test-" + username);

        login(username);
        UI.getCurrent().navigate("learning");
        Anchor link = _get(Anchor.class, s -> s.withId("learn-" + course.id()));
        assertThat(link.getText()).isEqualTo(course.title());
        assertThat(link.getHref()).isEqualTo("learn/" + course.id());
        assertThat(_find(Span.class, s -> s.withId("library-empty"))).isEmpty();
    }
}
