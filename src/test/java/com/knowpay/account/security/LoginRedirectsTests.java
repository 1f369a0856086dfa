package com.knowpay.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.knowpay.shared.security.Role;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Where sign-in success and failure send the browser. */
class LoginRedirectsTests {

    private static Authentication as(Role role) {
        return new TestingAuthenticationToken("someone", null, role.authority());
    }

    @Test
    void eachRoleLandsOnItsHomePage() {
        assertThat(LandingPages.forRoles(as(Role.LEARNER))).isEqualTo("/");
        assertThat(LandingPages.forRoles(as(Role.CREATOR))).isEqualTo("/creator/courses");
        assertThat(LandingPages.forRoles(as(Role.ADMIN))).isEqualTo("/");
    }

    @Test
    void continueTargetsMustBeRelativeViewPaths() {
        assertThat(LandingPages.continueTarget("course/12")).contains("course/12");
        assertThat(LandingPages.continueTarget("https://evil.example")).isEmpty();
        assertThat(LandingPages.continueTarget("//evil.example")).isEmpty();
        assertThat(LandingPages.continueTarget("/course/12")).isEmpty();
        assertThat(LandingPages.continueTarget("course/../admin")).isEmpty();
        assertThat(LandingPages.continueTarget(null)).isEmpty();
    }

    @Test
    void successHandlerPrefersASafeContinueTarget() throws Exception {
        RoleLandingSuccessHandler handler = new RoleLandingSuccessHandler();
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setParameter("continue", "course/7");
        MockHttpServletResponse response = new MockHttpServletResponse();
        handler.onAuthenticationSuccess(request, response, as(Role.LEARNER));
        assertThat(response.getRedirectedUrl()).isEqualTo("/course/7");

        MockHttpServletRequest evil = new MockHttpServletRequest("POST", "/login");
        evil.setParameter("continue", "https://evil.example");
        MockHttpServletResponse creatorResponse = new MockHttpServletResponse();
        handler.onAuthenticationSuccess(evil, creatorResponse, as(Role.CREATOR));
        assertThat(creatorResponse.getRedirectedUrl()).isEqualTo("/creator/courses");
    }

    @Test
    void failureHandlerSaysWhyAndHowLong() throws Exception {
        LoginFailureHandler handler = new LoginFailureHandler();
        MockHttpServletResponse wrong = new MockHttpServletResponse();
        handler.onAuthenticationFailure(new MockHttpServletRequest("POST", "/login"), wrong, new BadCredentialsException("x"));
        assertThat(wrong.getRedirectedUrl()).isEqualTo("/login?error");

        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setParameter("continue", "course/3");
        MockHttpServletResponse locked = new MockHttpServletResponse();
        handler.onAuthenticationFailure(request, locked, new LoginThrottledException(Duration.ofMinutes(15)));
        assertThat(locked.getRedirectedUrl()).isEqualTo("/login?locked=900&continue=course/3");
    }
}
