package com.knowpay.audit;

/**
 * What happened, as the acting module describes it. {@code before}/{@code after} are short,
 * human-readable states (e.g. "PENDING" → "APPROVED amount=¥10.00"), never secrets.
 */
public record AuditRecord(String action, String targetType, String targetId, String before, String after, String note) {

    public AuditRecord {
        if (action == null || action.isBlank() || targetType == null || targetId == null) {
            throw new IllegalArgumentException("action, targetType and targetId are required");
        }
        note = note == null ? null : note.length() > 1000 ? note.substring(0, 1000) : note;
    }

    public static AuditRecord of(String action, String targetType, String targetId, String before, String after) {
        return new AuditRecord(action, targetType, targetId, before, after, null);
    }

    public AuditRecord withNote(String note) {
        return new AuditRecord(action, targetType, targetId, before, after, note);
    }
}
