package com.knowpay.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.knowpay.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The browser-facing chain over real HTTP: login CSRF, the session cookie's attributes and the
 * Content-Security-Policy header.
 */
@IntegrationTest
class UiChainSecurityIntegrationTests {

    @LocalServerPort
    int port;

    /** A page only a signed-in person may open: anonymous visitors are sent to the login page. */
    private static final String PROTECTED = "/profile";

    private static void assertNotSignedIn(FormSession browser) {
        HttpResponse<String> page = browser.get(PROTECTED);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(browser.location(page)).endsWith("/login");
    }

    @Test
    void aCrossSiteLoginPostWithoutTheCsrfTokenIsRefusedAndSignsNobodyIn() {
        FormSession victim = new FormSession(port);
        // An attacker's page auto-submits its own credentials to /login: no page fetched first, no token.
        HttpResponse<String> res = victim.postForm("/login", Map.of("username", "learner", "password", "study2026"));

        assertThat(res.statusCode()).isEqualTo(403);
        assertNotSignedIn(victim);
    }

    @Test
    void aLoginPostWithAWrongCsrfTokenIsRefusedToo() {
        FormSession victim = new FormSession(port);
        var meta = FormSession.csrfMeta(victim.get("/login").body());
        HttpResponse<String> res = victim.postForm("/login", Map.of("username", "learner", "password", "study2026",
                meta.get("_csrf_parameter"), "forged-" + meta.get("_csrf")));

        assertThat(res.statusCode()).isEqualTo(403);
        assertNotSignedIn(victim);
    }

    @Test
    void theLoginPagesOwnTokenSignsIn() {
        FormSession browser = new FormSession(port);

        HttpResponse<String> res = browser.signIn("/login", "learner", "study2026");

        assertThat(res.statusCode()).isEqualTo(302);
        assertThat(browser.location(res)).isEqualTo("http://localhost:" + port + "/");
        assertThat(browser.get(PROTECTED).statusCode()).isEqualTo(200);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        HttpResponse<String> page = new FormSession(port).get("/login");

        List<String> session = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).toList();
        assertThat(session).singleElement().satisfies(cookie -> {
            assertThat(cookie).containsIgnoringCase("; HttpOnly");
            assertThat(cookie).containsIgnoringCase("; SameSite=Lax");
        });
    }

    @Test
    void vaadinPagesCarryTheContentSecurityPolicy() {
        HttpResponse<String> page = new FormSession(port).get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY)
                .contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(page.headers().firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
}
