/**
 * Entitlements: who may open which course. Its own listeners grant access when an order is paid and
 * revoke it on a full refund, both in the transaction that records the money. It implements the
 * catalogue's {@link com.knowpay.catalog.CourseAccess}, which the catalogue and the order module ask,
 * so neither imports this module. Public API: {@link com.knowpay.entitlement.EntitlementService}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Entitlements",
        allowedDependencies = {"catalog", "order", "refund", "shared"})
package com.knowpay.entitlement;
