package com.knowpay.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.knowpay.shared.security.Role;
import com.knowpay.support.IntegrationTest;
import com.knowpay.support.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The browser sign-in form (POST /login) as wired into the Vaadin chain: where each role lands,
 * the continue target, and the redirects for a wrong password and for throttling.
 */
@IntegrationTest
class FormLoginIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    /** Each sign-in from a fresh browser, with the login page's CSRF token, as the real form sends it. */
    private String signIn(String path, String username, String password) {
        FormSession browser = new FormSession(port);
        var res = browser.signIn(path, username, password);
        assertThat(res.statusCode()).isEqualTo(302);
        return browser.location(res);
    }

    @Test
    void learnersLandOnTheStorefrontAndCreatorsOnTheirCourses() {
        assertThat(signIn("/login", "learner", "study2026")).isEqualTo("http://localhost:" + port + "/");
        assertThat(signIn("/login", "creator", "teach2026")).endsWith("/creator/courses");
        assertThat(signIn("/login", "admin", "manage2026")).isEqualTo("http://localhost:" + port + "/");
    }

    @Test
    void aContinueTargetWinsOverTheRoleLanding() {
        assertThat(signIn("/login?continue=course/3", "creator", "teach2026")).endsWith("/course/3");
    }

    @Test
    void wrongPasswordReturnsToTheFormWithAnError() {
        assertThat(signIn("/login", "learner2", "WrongPass2026")).endsWith("/login?error");
    }

    @Test
    void repeatedFailuresReturnToTheFormWithTheWait() {
        String username = "fl" + RunAs.unique();
        accounts.register(new RegisterCommand(username, null, null, "Form2026login", Role.LEARNER));
        for (int i = 0; i < 3; i++) {
            assertThat(signIn("/login", username, "WrongPass2026")).endsWith("/login?error");
        }
        assertThat(signIn("/login?continue=course/9", username, "Form2026login"))
                .matches(".*/login\\?locked=[12]&continue=course/9");
    }
}
