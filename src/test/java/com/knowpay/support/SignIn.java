package com.knowpay.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The one way tests sign in, whatever they drive. Every variant signs in as a real account loaded
 * through the application's {@link UserDetailsService}, so services see the same principal as in
 * production:
 * <ul>
 *   <li>service calls — {@link #asUser} / {@link #signOut} on this thread, or {@link #as} around one call;</li>
 *   <li>Karibu view tests — {@link #karibu}, which also tells Vaadin's route security (the fake request);</li>
 *   <li>the REST API — {@link #bearerToken}, a token from {@code POST /api/auth/token}.</li>
 * </ul>
 * Form login through the security filter chain is itself under test in {@code account.FormSession}.
 */
public final class SignIn {

    private SignIn() {
    }

    /** Signs in on the current thread until {@link #signOut}. */
    public static Authentication asUser(UserDetailsService users, String username) {
        UserDetails user = users.loadUserByUsername(username);
        Authentication auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        return auth;
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Runs {@code work} as {@code username} on this thread, then restores whoever was signed in before. */
    public static <T> T as(UserDetailsService users, String username, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        asUser(users, username);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void as(UserDetailsService users, String username, Runnable work) {
        as(users, username, () -> {
            work.run();
            return null;
        });
    }

    /** Karibu: the SecurityContext, plus the mocked request's principal and roles that route security reads. */
    public static void karibu(UserDetailsService users, String username) {
        Authentication auth = asUser(users, username);
        Set<String> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(a -> a.replaceFirst("^ROLE_", "")).collect(Collectors.toSet());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> roles.contains(role.replaceFirst("^ROLE_", "")));
    }

    /** Karibu: signed out on both sides; safe to call when no Vaadin request is current. */
    public static void karibuSignOut() {
        signOut();
        if (VaadinServletRequest.getCurrent() != null) {
            FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(null);
            request.setUserInRole((principal, role) -> false);
        }
    }

    /** REST: a bearer token for the test server on {@code port}; fails the test when the sign-in is refused. */
    public static String bearerToken(int port, String username, String password) {
        ApiCalls.Response res = new ApiCalls(port).post("/api/auth/token",
                Map.of("username", username, "password", password));
        if (res.status() != 200) {
            throw new AssertionError("POST /api/auth/token as " + username + " answered " + res.status() + ": " + res.text());
        }
        return res.json().get("token").asString();
    }
}
