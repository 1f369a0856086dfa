package com.knowpay.analytics;

import com.knowpay.account.AccountService;
import com.knowpay.account.RegisterCommand;
import com.knowpay.account.UserView;
import com.knowpay.catalog.CatalogService;
import com.knowpay.catalog.CourseDraft;
import com.knowpay.catalog.CourseKind;
import com.knowpay.catalog.CourseView;
import com.knowpay.shared.security.Role;
import com.knowpay.support.RunAs;
import com.knowpay.support.SignIn;
import java.util.List;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Fresh accounts and courses for analytics tests (the test database is shared). */
final class AnalyticsFixtures {

    private final AccountService accounts;
    private final CatalogService catalog;
    private final UserDetailsService users;

    AnalyticsFixtures(AccountService accounts, CatalogService catalog, UserDetailsService users) {
        this.accounts = accounts;
        this.catalog = catalog;
        this.users = users;
    }

    UserView user(Role role) {
        String name = role.name().toLowerCase().charAt(0) + RunAs.unique();
        return accounts.register(new RegisterCommand(name, "Analytics " + name, null, "Correct-Horse-42", role));
    }

    CourseView publishedCourse(UserView creator, CourseKind kind, List<String> tags, String priceYuan) {
        return SignIn.as(users, creator.username(), () -> {
            CourseView draft = catalog.create(new CourseDraft(kind, "Course " + RunAs.unique(), null, "About it", null,
                    tags, priceYuan, "Content"));
            return catalog.publish(draft.id());
        });
    }
}
