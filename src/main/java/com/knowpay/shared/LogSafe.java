package com.knowpay.shared;

/**
 * Makes a value that nobody has verified (a field of a notification whose signature failed, a
 * typed username, a header) safe to put in a log line: line breaks and other control or
 * invisible formatting characters are written as escapes, so a value cannot start a forged log
 * line or hide text, and the value is cut to a length that identifies it without flooding the log.
 */
public final class LogSafe {

    /** Long enough for any provider's trade or refund number (≤ 64), a username or an address. */
    public static final int MAX_LENGTH = 80;

    private LogSafe() {
    }

    /** The value escaped and cut to {@link #MAX_LENGTH} characters; {@code null} stays "null". */
    public static String untrusted(Object value) {
        if (value == null) {
            return "null";
        }
        String text = value.toString();
        int limit = Math.min(text.length(), MAX_LENGTH);
        StringBuilder out = new StringBuilder(limit + 16);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (needsEscape(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        if (text.length() > limit) {
            out.append("…(").append(text.length()).append(" chars)");
        }
        return out.toString();
    }

    private static boolean needsEscape(char c) {
        if (Character.isISOControl(c) || Character.isSurrogate(c)) {
            return true;
        }
        int type = Character.getType(c);
        // U+2028/2029 end a line in many viewers; FORMAT covers bidi overrides (U+202E) and zero-width characters.
        return type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR || type == Character.FORMAT;
    }
}
