package com.knowpay.account.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;

/**
 * Refuses a sign-in while its username or client address is slowed down or locked, before the
 * password is looked at (so a correct guess during a lock does not even reveal itself), then
 * delegates to the real provider.
 */
public class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginAttemptService attempts;

    public ThrottlingAuthenticationProvider(AuthenticationProvider delegate, LoginAttemptService attempts) {
        this.delegate = delegate;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        attempts.blockedFor(authentication.getName(), LoginAttemptListener.clientAddress(authentication))
                .ifPresent(wait -> {
                    throw new LoginThrottledException(wait);
                });
        return delegate.authenticate(authentication);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
