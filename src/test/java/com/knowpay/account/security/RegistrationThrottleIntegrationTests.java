package com.knowpay.account.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.knowpay.account.AccountService;
import com.knowpay.account.ui.RegistrationView;
import com.knowpay.support.ApiCalls;
import com.knowpay.support.KaribuTest;
import com.knowpay.support.RunAs;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;

/**
 * Sign-up is limited per client address on both of its doors, the REST endpoint and the Vaadin
 * form, so "this username is taken" is no unlimited oracle. The suite shares one address
 * (127.0.0.1) and one context: each test starts and ends with the counters cleared.
 */
class RegistrationThrottleIntegrationTests extends KaribuTest {

    private static final String PASSWORD = "Signup2026ok";

    @LocalServerPort
    int port;

    @Autowired
    RegistrationThrottle throttle;

    @Autowired
    SecurityProperties properties;

    @Autowired
    AccountService accounts;

    @BeforeEach
    @AfterEach
    void clearCounters() {
        throttle.clear();
    }

    private int limit() {
        return properties.registration().maxAttemptsPerAddress();
    }

    @Test
    void theRestEndpointAnswers429WithRetryAfterOnceTheAddressHasUsedItsAttempts() {
        ApiCalls api = new ApiCalls(port);
        for (int i = 0; i < limit(); i++) {
            var probe = api.post("/api/auth/register", Map.of("username", "learner", "password", PASSWORD));
            assertThat(probe.status()).as("attempt %d", i + 1).isEqualTo(400);
        }

        String fresh = "thr" + RunAs.unique();
        var refused = api.post("/api/auth/register", Map.of("username", fresh, "password", PASSWORD));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers().getContentType().toString()).startsWith("application/problem+json");
        assertThat(refused.problemCode()).isEqualTo("too-many-registrations");
        assertThat(refused.json().path("detail").asString()).contains("Try again in").doesNotContain(fresh);
        long retryAfter = Long.parseLong(refused.headers().getFirst(HttpHeaders.RETRY_AFTER));
        assertThat(retryAfter).isPositive().isLessThanOrEqualTo(properties.registration().window().toSeconds());
        assertThat(accounts.findByUsername(fresh)).isEmpty();
    }

    @Test
    void theFormSaysHowManyMinutesToWaitOnceTheAddressHasUsedItsAttempts() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(RegistrationView.class);
        _setValue(_get(TextField.class, s -> s.withId("username")), "learner");
        _setValue(_get(PasswordField.class, s -> s.withId("password")), PASSWORD);
        _setValue(_get(PasswordField.class, s -> s.withId("confirm")), PASSWORD);
        Button register = _get(Button.class, s -> s.withId("register"));
        for (int i = 0; i < limit(); i++) {
            _click(register);
            assertThat(_get(TextField.class, s -> s.withId("username")).getErrorMessage()).as("attempt %d", i + 1)
                    .contains("taken");
            assertThat(_find(Paragraph.class, s -> s.withId("register-throttled"))).isEmpty();
        }

        String fresh = "thr" + RunAs.unique();
        _setValue(_get(TextField.class, s -> s.withId("username")), fresh);
        _click(register);

        assertThat(_get(Paragraph.class, s -> s.withId("register-throttled")).getText()).matches("Too many sign-up attempts from your network\\. "
                + "Please try again in \\d+ minute\\(s\\)\\.");
        assertThat(accounts.findByUsername(fresh)).isEmpty();
    }
}
