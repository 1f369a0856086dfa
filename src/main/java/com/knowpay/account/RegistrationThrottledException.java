package com.knowpay.account;

import com.knowpay.account.security.LoginThrottledException;
import com.knowpay.shared.DomainException;
import java.time.Duration;

/**
 * Too many sign-up attempts from one client address (429 with Retry-After over REST; the form says
 * how many minutes to wait). Says nothing about the username that was tried.
 */
public class RegistrationThrottledException extends DomainException {

    public static final String CODE = "too-many-registrations";

    private final long retryAfterSeconds;

    RegistrationThrottledException(Duration retryAfter) {
        this(LoginThrottledException.seconds(retryAfter));
    }

    private RegistrationThrottledException(long retryAfterSeconds) {
        super(Kind.RATE_LIMITED, CODE, "Too many sign-up attempts from your network. Try again in "
                + minutes(retryAfterSeconds) + " minute(s).");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** Whole minutes to wait, rounded up: what a person is told. */
    public long retryAfterMinutes() {
        return minutes(retryAfterSeconds);
    }

    private static long minutes(long seconds) {
        return Math.max(1, (seconds + 59) / 60);
    }
}
