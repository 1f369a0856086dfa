package com.knowpay.account.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Feeds Spring Security's authentication events into {@link LoginAttemptService}: form sign-in
 * and {@code POST /api/auth/token} both go through the same authentication manager, so both count.
 * Unknown usernames arrive as bad credentials too, so guessing names counts as well.
 */
@Component
class LoginAttemptListener {

    private final LoginAttemptService attempts;

    LoginAttemptListener(LoginAttemptService attempts) {
        this.attempts = attempts;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        Authentication attempt = event.getAuthentication();
        attempts.recordFailure(attempt.getName(), clientAddress(attempt));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        attempts.recordSuccess(event.getAuthentication().getName());
    }

    static String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
    }
}
