package com.knowpay.account;

import com.knowpay.shared.security.Role;

/** Sign-up data. Self-registration may choose LEARNER or CREATOR; ADMIN accounts are made by admins. */
public record RegisterCommand(String username, String displayName, String email, String password, Role role) {
}
