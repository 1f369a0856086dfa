package com.knowpay.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.knowpay.support.ApiCalls;
import com.knowpay.support.IntegrationTest;
import com.knowpay.support.RunAs;
import com.knowpay.support.SignIn;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;

/**
 * The REST sign-up and bearer-token contract, over real HTTP. Every failed sign-in here also
 * counts against the test client's address (127.0.0.1, locked at 20 per 15 min): keep them few.
 */
@IntegrationTest
class AuthApiIntegrationTests {

    private static final String PASSWORD = "Learn2026ok";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    ApiCalls api;

    @BeforeEach
    void setUp() {
        api = new ApiCalls(port);
    }

    private String register() {
        String username = "api" + RunAs.unique();
        var res = api.post("/api/auth/register", Map.of("username", username, "password", PASSWORD));
        assertThat(res.status()).isEqualTo(201);
        return username;
    }

    private String token(String username, String password) {
        var res = api.post("/api/auth/token", Map.of("username", username, "password", password));
        assertThat(res.status()).as(res.text()).isEqualTo(200);
        return res.json().get("token").asString();
    }

    @Test
    void registerAnswers201WithTheUserButNoPassword() {
        String username = "reg" + RunAs.unique();
        var res = api.post("/api/auth/register", Map.of("username", username, "displayName", "Reg Tester",
                "email", username + "@example.com", "password", PASSWORD, "role", "creator"));
        assertThat(res.status()).isEqualTo(201);
        JsonNode user = res.json();
        assertThat(user.get("username").asString()).isEqualTo(username);
        assertThat(user.get("displayName").asString()).isEqualTo("Reg Tester");
        assertThat(user.get("role").asString()).isEqualTo("CREATOR");
        assertThat(user.get("id").asLong()).isPositive();
        assertThat(res.text()).doesNotContainIgnoringCase("password");
        assertThat(accounts.findByUsername(username)).isPresent();
    }

    @Test
    void duplicateUsernameIsA400WithTheFieldNamed() {
        var res = api.post("/api/auth/register", Map.of("username", "LEARNER", "password", PASSWORD));
        assertThat(res.status()).isEqualTo(400);
        assertThat(res.headers().getContentType().toString()).startsWith("application/problem+json");
        assertThat(res.problemCode()).isEqualTo("validation");
        assertThat(res.json().path("errors").path("username").asString()).contains("taken");
    }

    @Test
    void weakPasswordAndBadEmailAreRefusedFieldByField() {
        var res = api.post("/api/auth/register", Map.of("username", "weak" + RunAs.unique(),
                "password", "password1", "email", "not-an-email"));
        assertThat(res.status()).isEqualTo(400);
        assertThat(res.json().path("errors").path("password").asString()).contains("too easy");
        assertThat(res.json().path("errors").path("email").asString()).isNotBlank();
    }

    @Test
    void adminsCannotSelfRegisterAndUnknownRolesAreRefused() {
        var admin = api.post("/api/auth/register", Map.of("username", "adm" + RunAs.unique(), "password", PASSWORD,
                "role", "ADMIN"));
        assertThat(admin.status()).isEqualTo(403);
        assertThat(admin.problemCode()).isEqualTo("admin-self-registration");
        var unknown = api.post("/api/auth/register", Map.of("username", "rol" + RunAs.unique(), "password", PASSWORD,
                "role", "wizard"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("errors").path("role").asString()).isNotBlank();
    }

    @Test
    void tokenIsIssuedForTheRightPasswordAndWorksAsBearer() {
        String username = register();
        var res = api.post("/api/auth/token", Map.of("username", username, "password", PASSWORD));
        assertThat(res.status()).isEqualTo(200);
        JsonNode body = res.json();
        String token = body.get("token").asString();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(body.get("tokenType").asString()).isEqualTo("Bearer");
        Instant expires = Instant.parse(body.get("expiresAt").asString());
        assertThat(expires).isAfter(Instant.now().plusSeconds(29L * 24 * 3600));

        var me = api.get("/api/auth/me", token);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("username").asString()).isEqualTo(username);
        assertThat(me.json().get("role").asString()).isEqualTo("LEARNER");
        assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ?", Long.class, token))
                .as("the clear token is never stored").isZero();
    }

    @Test
    void wrongPasswordIsA401BadCredentials() {
        String username = register();
        var res = api.post("/api/auth/token", Map.of("username", username, "password", "Wrong2026xx"));
        assertThat(res.status()).isEqualTo(401);
        assertThat(res.problemCode()).isEqualTo("bad-credentials");
        assertThat(res.headers().getContentType().toString()).startsWith("application/problem+json");
    }

    @Test
    void repeatedFailuresAreSlowedThenLockedWithRetryAfter() throws InterruptedException {
        String username = register();
        Map<String, String> wrong = Map.of("username", username, "password", "Wrong2026xx");
        for (int i = 0; i < 3; i++) {
            assertThat(api.post("/api/auth/token", wrong).status()).isEqualTo(401);
        }
        var slowed = api.post("/api/auth/token", wrong);
        assertThat(slowed.status()).as("4th attempt right away is slowed down").isEqualTo(429);
        assertThat(slowed.problemCode()).isEqualTo("too-many-login-attempts");
        long wait = Long.parseLong(slowed.headers().getFirst(HttpHeaders.RETRY_AFTER));
        assertThat(wait).isBetween(1L, 2L);

        for (int i = 0; i < 2; i++) {
            Thread.sleep(waitMillis(api.post("/api/auth/token", wrong)));
            assertThat(api.post("/api/auth/token", wrong).status()).isEqualTo(401);
        }
        var locked = api.post("/api/auth/token", Map.of("username", username, "password", PASSWORD));
        assertThat(locked.status()).as("locked: even the right password waits").isEqualTo(429);
        assertThat(Long.parseLong(locked.headers().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(14 * 60L, 15 * 60L);
        assertThat(locked.json().path("detail").asString()).contains("Try again in");
    }

    private static long waitMillis(ApiCalls.Response maybeSlowed) {
        String retry = maybeSlowed.headers().getFirst(HttpHeaders.RETRY_AFTER);
        return retry == null ? 0 : Long.parseLong(retry) * 1000 + 100;
    }

    @Test
    void garbageExpiredAndMissingTokensAre401Problems() {
        var garbage = api.get("/api/auth/me", "not-a-real-token");
        assertThat(garbage.status()).isEqualTo(401);
        assertThat(garbage.problemCode()).isEqualTo("invalid-token");
        assertThat(garbage.headers().getContentType().toString()).startsWith("application/problem+json");

        var none = api.get("/api/auth/me");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.problemCode()).isEqualTo("unauthenticated");

        String username = register();
        String token = token(username, PASSWORD);
        jdbc.update("update api_token set expires_at = ? where token_hash = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(60)), ApiTokenService.hash(token));
        var expired = api.get("/api/auth/me", token);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.problemCode()).isEqualTo("invalid-token");
    }

    @Test
    void logoutRevokesThePresentedTokenOnly() {
        String username = register();
        String first = token(username, PASSWORD);
        String second = token(username, PASSWORD);
        assertThat(api.post("/api/auth/logout", null, first).status()).isEqualTo(204);
        assertThat(api.get("/api/auth/me", first).status()).isEqualTo(401);
        assertThat(api.get("/api/auth/me", second).status()).isEqualTo(200);
        assertThat(api.post("/api/auth/logout", null).status()).as("logout needs a token").isEqualTo(401);
    }

    @Test
    void passwordChangeRevokesAllTokensOfTheUser() {
        String username = register();
        String token = token(username, PASSWORD);
        SignIn.as(userDetails, username, () -> {
            accounts.changePassword(new PasswordChange(PASSWORD, "Fresh2026pass"));
            return null;
        });
        assertThat(api.get("/api/auth/me", token).status()).isEqualTo(401);
        assertThat(api.get("/api/auth/me", token(username, "Fresh2026pass")).status()).isEqualTo(200);
    }
}
