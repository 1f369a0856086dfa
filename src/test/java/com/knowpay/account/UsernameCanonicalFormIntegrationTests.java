package com.knowpay.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knowpay.account.security.LoginThrottledException;
import com.knowpay.shared.FieldValidationException;
import com.knowpay.shared.security.Role;
import com.knowpay.support.IntegrationTest;
import com.knowpay.support.RunAs;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * One canonical username for storage, look-up and the sign-in throttle: look-alike letters that
 * other case foldings (SQL UPPER, Java toLowerCase) map onto an ASCII name neither get a counter of
 * their own nor sign in. Each test uses its own accounts and client addresses (no demo account is
 * locked for the rest of the suite).
 */
@IntegrationTest
class UsernameCanonicalFormIntegrationTests {

    private static final String PASSWORD = "Canon2026ok";
    /** Latin small letter dotless i: SQL UPPER('ı') = 'I'. */
    private static final char DOTLESS_I = '\u0131';
    /** Latin small letter long s: SQL UPPER('ſ') = 'S'. */
    private static final char LONG_S = '\u017F';

    @Autowired
    AuthenticationManager authenticationManager;

    @Autowired
    AccountService accounts;

    private String newAccount(String prefix) {
        String username = prefix + RunAs.unique();
        accounts.register(new RegisterCommand(username, null, null, PASSWORD, Role.LEARNER));
        return username;
    }

    private Authentication signIn(String username, String password, String address) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        return authenticationManager.authenticate(attempt);
    }

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    /** A client address of its own for each attempt, so only the username's counter can refuse it. */
    private static String address() {
        int n = ADDRESSES.incrementAndGet();
        return "198.18." + (n >> 8 & 0xff) + "." + (n & 0xff);
    }

    @Test
    void lookAlikeLettersNeverSignInAsTheAsciiAccount() {
        String kiwi = newAccount("kiwi");
        String sbl = newAccount("sbl");

        assertThatThrownBy(() -> signIn(kiwi.replace('i', DOTLESS_I), PASSWORD, address()))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn(LONG_S + sbl.substring(1), PASSWORD, address()))
                .isInstanceOf(BadCredentialsException.class);
        // Kelvin sign (U+212A), fullwidth letters: lower-case or NFKC to ASCII, still refused as typed.
        assertThatThrownBy(() -> signIn("\u212A" + kiwi.substring(1), PASSWORD, address()))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn("\uFF4B" + kiwi.substring(1), PASSWORD, address()))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(accounts.findByUsername(kiwi.replace('i', DOTLESS_I))).isEmpty();
        assertThat(accounts.findByUsername(LONG_S + sbl.substring(1))).isEmpty();

        assertThat(signIn(" " + kiwi.toUpperCase() + " ", PASSWORD, address()).getName()).isEqualTo(kiwi);
    }

    @Test
    void afterRepeatedFailuresEveryCaseVariantIsThrottledAndNoLookAlikeGetsThrough() {
        String kiwi = newAccount("kiwi");
        // From the 3rd failure on, the username must wait (1 s, doubling) before its next attempt.
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> signIn(kiwi, "Wrong2026pass", address())).isInstanceOf(BadCredentialsException.class);
        }

        // Right password, fresh addresses: the username's one counter answers for every spelling.
        assertThatThrownBy(() -> signIn(kiwi, PASSWORD, address())).isInstanceOf(LoginThrottledException.class);
        assertThatThrownBy(() -> signIn(kiwi.toUpperCase(), PASSWORD, address())).isInstanceOf(LoginThrottledException.class);
        assertThatThrownBy(() -> signIn(" Kiwi" + kiwi.substring(4) + " ", PASSWORD, address()))
                .isInstanceOf(LoginThrottledException.class);
        // A look-alike has no counter of its own to start afresh with: it cannot name an account at all.
        assertThatThrownBy(() -> signIn(kiwi.replace('i', DOTLESS_I), PASSWORD, address()))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void registrationStoresTheCanonicalFormAndRefusesLookAlikes() {
        String unique = RunAs.unique();

        UserView created = accounts.register(new RegisterCommand("Kiwi" + unique, null, null, PASSWORD, Role.LEARNER));
        assertThat(created.username()).isEqualTo("kiwi" + unique);

        for (String lookAlike : new String[] {"k" + DOTLESS_I + "wi" + unique, LONG_S + "bl" + unique, "\u212Aiwi" + unique}) {
            assertThatThrownBy(() -> accounts.register(new RegisterCommand(lookAlike, null, null, PASSWORD, Role.LEARNER)))
                    .isInstanceOfSatisfying(FieldValidationException.class,
                            e -> assertThat(e.fieldErrors()).containsKey("username"));
        }
        assertThatThrownBy(() -> accounts.register(new RegisterCommand("KIWI" + unique, null, null, PASSWORD, Role.LEARNER)))
                .isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.fieldErrors().get("username")).contains("taken"));
    }
}
