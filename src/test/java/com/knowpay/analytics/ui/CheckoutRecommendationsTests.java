package com.knowpay.analytics.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.knowpay.account.AccountService;
import com.knowpay.catalog.CatalogService;
import com.knowpay.catalog.CourseView;
import com.knowpay.payment.ChannelType;
import com.knowpay.payment.sandbox.SandboxProvider;
import com.knowpay.support.KaribuTest;
import com.knowpay.support.PaymentTestKit;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The recommendations slot on the checkout screen once the order is paid (pushed). */
class CheckoutRecommendationsTests extends KaribuTest {

    @Autowired AccountService accounts;
    @Autowired CatalogService catalog;
    @Autowired SandboxProvider provider;

    @Test
    @SuppressWarnings("unchecked")
    void thePaidCheckoutShowsRecommendationsWithoutTheCourseJustBought() {
        login(PaymentTestKit.newLearner(accounts));
        List<CourseView> courses = PaymentTestKit.pricedCourses(catalog);
        CourseView course = courses.get(courses.size() / 3);
        UI.getCurrent().navigate("checkout/" + course.id());
        assertThat(_find(VerticalLayout.class, s -> s.withId("analytics-recommendations"))).isEmpty();
        _setValue(_get(RadioButtonGroup.class, s -> s.withId("channel-choice")), ChannelType.SANDBOX);
        _click(_get(Button.class, s -> s.withId("show-qr")));
        String qr = _get(Image.class, s -> s.withId("qr-image")).getElement().getAttribute("data-qr-content");
        provider.pay(qr.substring(qr.lastIndexOf('/') + 1));
        await().atMost(Duration.ofSeconds(20)).pollInSameThread().pollInterval(Duration.ofMillis(100)).until(() -> {
            MockVaadin.clientRoundtrip(false);
            return !_find(Div.class, s -> s.withId("paid-banner")).isEmpty();
        });

        VerticalLayout recs = _get(VerticalLayout.class, s -> s.withId("analytics-recommendations"));
        assertThat(_find(recs, Anchor.class)).isNotEmpty()
                .allSatisfy(a -> assertThat(a.getHref()).isNotEqualTo("course/" + course.id()));
    }
}
