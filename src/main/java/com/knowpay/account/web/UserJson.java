package com.knowpay.account.web;

import com.knowpay.account.UserView;
import com.knowpay.shared.security.Role;
import java.time.Instant;

/** A user as REST clients see it (never a password or its hash). */
record UserJson(long id, String username, String displayName, String email, Role role, Instant createdAt) {

    static UserJson of(UserView u) {
        return new UserJson(u.id(), u.username(), u.displayName(), u.email(), u.role(), u.createdAt());
    }
}
