package com.knowpay.account.security;

import com.knowpay.shared.security.Role;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.core.Authentication;

/** Where a person lands after signing in. */
public final class LandingPages {

    /** Query parameter of the login page naming the view to return to, e.g. {@code course/12}. */
    public static final String CONTINUE = "continue";
    /** Relative view paths only: no scheme, host, "//" or "..", so it can never redirect off-site. */
    private static final Pattern SAFE_TARGET = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*");

    private LandingPages() {
    }

    /** Creators work on their catalogue; everyone else starts at the storefront (admin console comes later). */
    public static String forRoles(Authentication authentication) {
        boolean creator = authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> Role.CREATOR.authority().equals(a.getAuthority()));
        return creator ? "/creator/courses" : "/";
    }

    public static Optional<String> continueTarget(String requested) {
        return requested != null && SAFE_TARGET.matcher(requested).matches() ? Optional.of(requested) : Optional.empty();
    }
}
