package com.knowpay.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.knowpay.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginViewTests extends KaribuTest {

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private LoginView open(Map<String, String> query) {
        UI.getCurrent().navigate("login", QueryParameters.simple(query));
        return _get(LoginView.class);
    }

    @Test
    void rendersTheFormWithoutAnError() {
        LoginView view = open(Map.of());
        assertThat(view.form().isError()).isFalse();
        assertThat(view.form().getAction()).isEqualTo("login");
        _assertNone(Paragraph.class, s -> s.withId("login-notice"));
    }

    @Test
    void errorParameterShowsTheError() {
        LoginView view = open(Map.of("error", ""));
        assertThat(view.form().isError()).isTrue();
        assertThat(view.errorMessage()).isEqualTo("Check your username and password and try again.");
    }

    @Test
    void lockedParameterSaysHowLongToWait() {
        LoginView view = open(Map.of("locked", "840"));
        assertThat(view.form().isError()).isTrue();
        assertThat(view.errorMessage()).isEqualTo("Too many failed attempts — try again in 14 minutes.");
        assertThat(open(Map.of("locked", "2")).errorMessage()).contains("wait 2 seconds");
    }

    @Test
    void lockedMessageIsTranslated() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(open(Map.of("locked", "900")).errorMessage()).isEqualTo("登录失败次数过多，请 15 分钟后再试。");
    }

    @Test
    void justRegisteredShowsANotice() {
        open(Map.of("registered", ""));
        Paragraph notice = _get(Paragraph.class, s -> s.withId("login-notice"));
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).contains("Sign in");
    }

    @Test
    void aSafeContinueTargetIsPostedWithTheForm() {
        assertThat(open(Map.of("continue", "course/5")).form().getAction()).isEqualTo("login?continue=course%2F5");
        assertThat(open(Map.of("continue", "https://evil.example")).form().getAction()).isEqualTo("login");
    }
}
