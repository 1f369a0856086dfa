package com.knowpay.account;

import com.knowpay.shared.security.Role;
import java.time.Instant;

/** What other modules and views learn about a user. */
public record UserView(long id, String username, String displayName, String email, Role role, Instant createdAt) {
}
