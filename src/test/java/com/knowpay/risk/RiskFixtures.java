package com.knowpay.risk;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Unique subjects per test (the test database is shared and not empty) and sign-in for service tests. */
final class RiskFixtures {

    private static final AtomicLong SEQ = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000_000L));

    private RiskFixtures() {
    }

    /** A user id no real account has: risk does not need the account to exist. */
    static long userId() {
        return 9_000_000_000_000L + SEQ.incrementAndGet();
    }

    static long courseId() {
        return 7_000_000_000_000L + SEQ.incrementAndGet();
    }

    /** A unique documentation-range-looking IP string (never contacted: it is only a value). */
    static String ip() {
        long n = SEQ.incrementAndGet();
        return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255) + "" ;
    }

    static String orderNo() {
        return "OTEST" + SEQ.incrementAndGet();
    }

    static void signIn(UserDetailsService users, String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
