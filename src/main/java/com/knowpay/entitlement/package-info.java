/**
 * Entitlements: who may open which course. Granted when an order is paid, revoked on a full
 * refund. Public API: {@link com.knowpay.entitlement.EntitlementService}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Entitlements")
package com.knowpay.entitlement;
