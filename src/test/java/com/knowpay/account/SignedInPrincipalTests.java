package com.knowpay.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.knowpay.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * What the authentication manager (behind the sign-in form and POST /api/auth/token) hands back is
 * what the session keeps: it must not carry the password hash or the typed password.
 */
@IntegrationTest
class SignedInPrincipalTests {

    @Autowired
    AuthenticationManager authenticationManager;

    @Test
    void theSignedInPrincipalKeepsNoPasswordHash() {
        Authentication result = authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("learner", "study2026"));

        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getCredentials()).isNull();
        UserDetails principal = (UserDetails) result.getPrincipal();
        assertThat(principal.getUsername()).isEqualTo("learner");
        assertThat(principal.getPassword()).isNull();
        assertThat(principal.toString()).doesNotContain("$2a$");
    }
}
