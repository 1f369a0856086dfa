package com.knowpay.risk;

import com.knowpay.support.SignIn;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
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

    /**
     * Sets every threshold to its built-in default (the test profile raises some for the rest of
     * the suite) and answers the values to put back with {@link #restore}. Enum order keeps each
     * block limit above its review limit on the way down; {@link #restore} goes in reverse.
     */
    static java.util.Map<RiskRuleSetting, Long> useBuiltinDefaults(RiskAdminService admin, UserDetailsService users) {
        SignIn.asUser(users, "admin");
        try {
            java.util.Map<RiskRuleSetting, Long> before = new java.util.EnumMap<>(RiskRuleSetting.class);
            admin.ruleSettings().forEach(v -> before.put(v.setting(), v.value()));
            for (RiskRuleSetting s : RiskRuleSetting.values()) {
                if (before.get(s) != s.builtinDefault()) {
                    admin.updateRuleSetting(s, s.builtinDefault());
                }
            }
            return before;
        } finally {
            SignIn.signOut();
        }
    }

    static void restore(RiskAdminService admin, UserDetailsService users, java.util.Map<RiskRuleSetting, Long> values) {
        SignIn.asUser(users, "admin");
        try {
            RiskRuleSetting[] all = RiskRuleSetting.values();
            for (int i = all.length - 1; i >= 0; i--) {
                Long v = values.get(all[i]);
                if (v != null && v != all[i].builtinDefault()) {
                    admin.updateRuleSetting(all[i], v);
                }
            }
        } finally {
            SignIn.signOut();
        }
    }
}
