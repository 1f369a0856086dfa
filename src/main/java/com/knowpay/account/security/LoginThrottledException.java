package com.knowpay.account.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused before the password was even checked: too many recent failures. */
public class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("Too many failed sign-in attempts; try again in " + retryAfter.toSeconds() + " s.");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up: what a Retry-After header and the login page show. */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    public static long seconds(Duration d) {
        long s = d.toSeconds();
        return d.toNanosPart() > 0 || s == 0 ? s + 1 : s;
    }
}
