package com.knowpay.support;

import java.util.UUID;

/** Test data helpers. (Signing in: {@link SignIn}.) */
public final class RunAs {

    private RunAs() {
    }

    /** A short unique suffix for test data in the shared test database. */
    public static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
