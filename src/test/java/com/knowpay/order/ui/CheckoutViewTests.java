package com.knowpay.order.ui;

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
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The checkout screen on the server side: QR, countdown, cancel, decline, and the push flip to "paid". */
class CheckoutViewTests extends KaribuTest {

    @Autowired
    AccountService accounts;
    @Autowired
    CatalogService catalog;
    @Autowired
    SandboxProvider provider;

    CourseView course;

    @BeforeEach
    void signInAsFreshLearner() {
        login(PaymentTestKit.newLearner(accounts));
        List<CourseView> courses = PaymentTestKit.pricedCourses(catalog);
        course = courses.get(courses.size() / 2);
    }

    private PayView openCheckout() {
        UI.getCurrent().navigate("checkout/" + course.id());
        return _get(PayView.class);
    }

    @SuppressWarnings("unchecked")
    private String showQr() {
        _setValue(_get(RadioButtonGroup.class, s -> s.withId("channel-choice")), ChannelType.SANDBOX);
        _click(_get(Button.class, s -> s.withId("show-qr")));
        Image qr = _get(Image.class, s -> s.withId("qr-image"));
        return qr.getElement().getAttribute("data-qr-content");
    }

    private static String state() {
        return _get(Span.class, s -> s.withId("status-label")).getElement().getAttribute("data-state");
    }

    private static boolean visible(Class<? extends Component> type, String id) {
        return !_find(type, s -> s.withId(id)).isEmpty();
    }

    /** Lets pushed updates (ui.access from other threads) run, as the browser round trip would. */
    private static void awaitPushed(BooleanSupplier condition) {
        await().atMost(Duration.ofSeconds(20)).pollInSameThread().pollInterval(Duration.ofMillis(100)).until(() -> {
            MockVaadin.clientRoundtrip(false);
            return condition.getAsBoolean();
        });
    }

    @Test
    void showsTheOrderTheQrCodeAndACountdown() {
        PayView view = openCheckout();
        assertThat(view).isNotNull();
        assertThat(_get(Span.class, s -> s.withId("order-amount")).getText()).isEqualTo(course.price().format());
        assertThat(state()).isEqualTo("NEW");

        String qrContent = showQr();
        assertThat(qrContent).contains("/sandbox/pay/P");
        assertThat(_get(Anchor.class, s -> s.withId("qr-link")).getHref()).isEqualTo(qrContent);
        assertThat(_get(Span.class, s -> s.withId("countdown")).getText()).matches(".*1[45]:\\d\\d.*");
        assertThat(state()).isEqualTo("PENDING");
        assertThat(visible(Button.class, "check-paid")).isTrue();
    }

    @Test
    void cancellingShowsTheCancelledStateAndAWayBack() {
        openCheckout();
        showQr();
        _click(_get(Button.class, s -> s.withId("cancel-order")));
        assertThat(state()).isEqualTo("CANCELLED_USER");
        assertThat(visible(Button.class, "show-qr")).isFalse();
        assertThat(_get(Anchor.class, s -> s.withId("buy-again")).getHref()).isEqualTo("checkout/" + course.id());
    }

    @Test
    void aDeclineInTheWalletIsPushedAndOffersTryAgain() {
        openCheckout();
        String paymentNo = lastSegment(showQr());
        provider.decline(paymentNo);
        awaitPushed(() -> "DECLINED".equals(state()));
        assertThat(visible(Button.class, "try-again")).isTrue();
        assertThat(visible(Image.class, "qr-image")).isFalse();

        _click(_get(Button.class, s -> s.withId("try-again")));
        assertThat(state()).isEqualTo("PENDING");
        assertThat(lastSegment(_get(Image.class, s -> s.withId("qr-image")).getElement().getAttribute("data-qr-content")))
                .isNotEqualTo(paymentNo);
    }

    @Test
    void aPaymentFlipsTheScreenToPaidByPush() {
        openCheckout();
        String paymentNo = lastSegment(showQr());
        assertThat(visible(Div.class, "paid-banner")).isFalse();
        provider.pay(paymentNo);
        awaitPushed(() -> visible(Div.class, "paid-banner"));
        assertThat(state()).isEqualTo("PAID");
        assertThat(_get(Anchor.class, s -> s.withId("learn-link")).getHref()).isEqualTo("learn/" + course.id());
    }

    @Test
    void checkoutOfAnOwnedCourseSaysSoAndLinksToIt() {
        openCheckout();
        provider.pay(lastSegment(showQr()));
        awaitPushed(() -> visible(Div.class, "paid-banner"));

        UI.getCurrent().navigate("checkout/" + course.id());
        assertThat(_get(Paragraph.class, s -> s.withId("checkout-problem")).getText()).contains("already own");
        assertThat(_get(Anchor.class, s -> s.withId("learn-link")).getHref()).isEqualTo("learn/" + course.id());
    }

    private static String lastSegment(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
