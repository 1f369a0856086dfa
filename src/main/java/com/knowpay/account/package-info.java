/**
 * Accounts: users and their roles, registration, sign-in (form and bearer tokens for the REST
 * API), login throttling, profiles. Public API: {@link com.knowpay.account.AccountService} and its records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts",
        allowedDependencies = {"shared"})
package com.knowpay.account;
