package com.knowpay.audit;

import java.time.Instant;

public record AuditEntryView(long id, Instant at, Long actorId, String actorName, String action, String targetType,
                             String targetId, String before, String after, String note) {
}
