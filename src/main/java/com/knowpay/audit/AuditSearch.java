package com.knowpay.audit;

import java.time.Instant;

/** Filters for the audit browser; null means any. {@code text} matches actor, action or target id. */
public record AuditSearch(String text, String targetType, Instant from, Instant to) {

    public static AuditSearch all() {
        return new AuditSearch(null, null, null, null);
    }
}
