/**
 * Analytics: creator sales dashboard, platform overview and recommendations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics",
        allowedDependencies = {"catalog", "entitlement", "ledger", "order", "payment", "reconciliation", "refund", "risk", "shared"})
package com.knowpay.analytics;
