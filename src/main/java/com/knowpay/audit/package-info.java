/**
 * Audit: an append-only log of privileged actions (who, when, what, before/after). Entries are
 * written in the same transaction as the action they describe and are never updated or
 * deleted. Public API: {@link com.knowpay.audit.AuditService}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit",
        allowedDependencies = {"shared"})
package com.knowpay.audit;
