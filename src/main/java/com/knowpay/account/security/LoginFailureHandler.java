package com.knowpay.account.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Back to the login view with the reason: {@code ?error} for a wrong password,
 * {@code ?locked=<seconds>} while throttled, so the view can say how long to wait.
 * A {@code continue} target survives the round trip.
 */
public class LoginFailureHandler implements AuthenticationFailureHandler {

    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/login");
        if (exception instanceof LoginThrottledException throttled) {
            url.queryParam("locked", throttled.retryAfterSeconds());
        } else {
            url.queryParam("error");
        }
        LandingPages.continueTarget(request.getParameter(LandingPages.CONTINUE))
                .ifPresent(target -> url.queryParam(LandingPages.CONTINUE, target));
        redirect.sendRedirect(request, response, url.encode().build().toUriString());
    }
}
