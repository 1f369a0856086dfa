package com.knowpay.shared.security;

import java.util.Set;

/**
 * Who is signed in, as every module sees it. The account module's user details implement this,
 * so modules learn the current user without depending on the account module.
 */
public interface KnowPayPrincipal {

    long userId();

    String username();

    String displayName();

    Set<Role> roles();

    default boolean hasRole(Role role) {
        return roles().contains(role);
    }
}
