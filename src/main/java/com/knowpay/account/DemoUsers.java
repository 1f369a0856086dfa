package com.knowpay.account;

import com.knowpay.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the embedded default ({@code knowpay.demo.enabled=true}) makes one account per role and
 * prints the logins, so a newcomer can try every screen at once. Never on in production.
 */
@Component
@ConditionalOnProperty(name = "knowpay.demo.enabled", havingValue = "true")
class DemoUsers {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    /** username, display name, password, role — the README lists the same. */
    static final String[][] USERS = {
            {"learner", "Li Lei (learner)", "study2026", "LEARNER"},
            {"learner2", "Han Meimei (learner)", "study2026", "LEARNER"},
            {"creator", "Wang Fang (creator)", "teach2026", "CREATOR"},
            {"creator2", "Zhang Wei (creator)", "teach2026", "CREATOR"},
            {"admin", "Admin Chen", "manage2026", "ADMIN"},
            {"admin2", "Admin Liu", "manage2026", "ADMIN"},
    };

    private final AccountService accounts;

    DemoUsers(AccountService accounts) {
        this.accounts = accounts;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(0)
    void createDemoUsers() {
        StringBuilder banner = new StringBuilder("\n\n  KnowPay demo logins (embedded default only):\n");
        for (String[] u : USERS) {
            if (accounts.findByUsername(u[0]).isEmpty()) {
                accounts.create(new RegisterCommand(u[0], u[1], u[0] + "@demo.knowpay.dev", u[2], Role.valueOf(u[3])),
                        Role.valueOf(u[3]));
            }
            banner.append(String.format("    %-8s  %-9s / %s%n", u[3], u[0], u[2]));
        }
        log.info("{}", banner);
    }
}
