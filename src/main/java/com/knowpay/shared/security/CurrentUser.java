package com.knowpay.shared.security;

import com.knowpay.shared.DomainException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the current request or UI session. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<KnowPayPrincipal> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof KnowPayPrincipal p) {
            return Optional.of(p);
        }
        return Optional.empty();
    }

    /** The signed-in user; refuses (401) when nobody is. Services call this, not the views. */
    public static KnowPayPrincipal require() {
        return get().orElseThrow(() -> new DomainException(DomainException.Kind.UNAUTHORIZED,
                "unauthenticated", "Please sign in first."));
    }

    public static boolean hasRole(Role role) {
        return get().map(p -> p.hasRole(role)).orElse(false);
    }
}
