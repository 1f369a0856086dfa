package com.knowpay.account;

import com.knowpay.account.security.SecurityProperties;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.security.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for the REST API: 32 random bytes, URL-safe, stored only as SHA-256. Issuing
 * goes through the same authentication manager as the sign-in form, so throttling applies.
 */
@Service
@Transactional
public class ApiTokenService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final UserAccountRepository users;
    private final AuthenticationManager authenticationManager;
    private final SecurityProperties properties;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, UserAccountRepository users, AuthenticationManager authenticationManager,
                    SecurityProperties properties, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.authenticationManager = authenticationManager;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Checks the password and issues a token.
     *
     * @throws com.knowpay.account.security.LoginThrottledException while the username or address is locked
     * @throws DomainException "bad-credentials" (401) for a wrong username or password
     */
    public IssuedToken issue(String username, String password, String clientAddress) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(username == null ? "" : username.strip(),
                password == null ? "" : password);
        attempt.setDetails(new WebAuthenticationDetails(clientAddress, null));
        Authentication result;
        try {
            result = authenticationManager.authenticate(attempt);
        } catch (BadCredentialsException e) {
            throw new DomainException(DomainException.Kind.UNAUTHORIZED, "bad-credentials",
                    "Wrong username or password.");
        }
        AccountPrincipal principal = (AccountPrincipal) result.getPrincipal();
        String raw = newToken();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.token().ttl()).truncatedTo(ChronoUnit.SECONDS);
        ApiToken token = tokens.save(new ApiToken(principal.userId(), hash(raw), now, expiresAt));
        return new IssuedToken(raw, IssuedToken.BEARER, token.getExpiresAt());
    }

    /** Revokes the given token if it belongs to the signed-in user (sign-out of an API client). */
    public void revoke(String rawToken) {
        long userId = CurrentUser.require().userId();
        tokens.findByTokenHash(hash(rawToken)).filter(t -> t.getUserId() == userId)
                .ifPresent(t -> t.revoke(clock.instant()));
    }

    /** Revokes every token of a user, e.g. after a password change. */
    void revokeAll(long userId) {
        tokens.revokeAllOf(userId, clock.instant());
    }

    /** The user a valid token stands for, reloaded so role changes apply at once. */
    @Transactional(readOnly = true)
    Optional<AccountPrincipal> authenticate(String rawToken) {
        return tokens.findByTokenHash(hash(rawToken))
                .filter(t -> t.isValidAt(clock.instant()))
                .flatMap(t -> users.findById(t.getUserId()))
                .map(AccountPrincipal::of);
    }

    static String hash(String rawToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(rawToken.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
