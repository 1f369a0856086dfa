package com.knowpay.risk;

/** Small input clean-up shared by the context records. */
final class Texts {

    private Texts() {
    }

    static String trimToNull(String s, int maxLength) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        return t.length() > maxLength ? t.substring(0, maxLength) : t;
    }
}
