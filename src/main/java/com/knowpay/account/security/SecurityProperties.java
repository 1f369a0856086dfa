package com.knowpay.account.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the account module ({@code knowpay.security.*}).
 *
 * @param login sign-in throttling
 * @param token REST API bearer tokens
 * @param registration sign-up throttling
 */
@ConfigurationProperties("knowpay.security")
public record SecurityProperties(@DefaultValue Login login, @DefaultValue Token token,
                                 @DefaultValue Registration registration) {

    /**
     * Failed sign-ins within {@code window} are counted per username and per client address.
     * From the {@code slowAfter}-th failure of a username on, the next attempt must wait
     * {@code slowDelay}, doubling each time; at {@code maxFailures} the username is locked for
     * {@code lockDuration}. A client address is locked at {@code maxFailuresPerIp} (higher: many
     * people may share one address behind a NAT).
     */
    public record Login(@DefaultValue("5") int maxFailures,
                        @DefaultValue("20") int maxFailuresPerIp,
                        @DefaultValue("15m") Duration window,
                        @DefaultValue("15m") Duration lockDuration,
                        @DefaultValue("3") int slowAfter,
                        @DefaultValue("1s") Duration slowDelay) {

        public Login {
            if (maxFailures < 1 || maxFailuresPerIp < 1) {
                throw new IllegalArgumentException("knowpay.security.login.max-failures* must be at least 1");
            }
        }
    }

    /** @param ttl how long an issued bearer token is valid */
    public record Token(@DefaultValue("30d") Duration ttl) {
    }

    /**
     * Sign-up attempts (the form and {@code POST /api/auth/register} alike, whatever their outcome)
     * per client address: at most {@code maxAttemptsPerAddress} per {@code window}. Every attempt can
     * answer "this username is taken", so without a limit sign-up is a free username oracle; a person
     * needs only a few tries, and a school or office behind one NAT address still fits.
     */
    public record Registration(@DefaultValue("10") int maxAttemptsPerAddress,
                               @DefaultValue("1h") Duration window) {

        public Registration {
            if (maxAttemptsPerAddress < 1) {
                throw new IllegalArgumentException("knowpay.security.registration.max-attempts-per-address must be at least 1");
            }
        }
    }
}
