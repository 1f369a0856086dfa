package com.knowpay.shared.security;

public enum Role {
    LEARNER, CREATOR, ADMIN;

    /** Spring Security authority name, e.g. ROLE_ADMIN. */
    public String authority() {
        return "ROLE_" + name();
    }
}
