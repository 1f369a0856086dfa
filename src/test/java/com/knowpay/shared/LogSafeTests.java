package com.knowpay.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogSafeTests {

    @Test
    void lineBreaksCannotStartAForgedLine() {
        String forged = "P123\n2026-12-03 INFO  Payment P999 for order O1 (PAID): ACCEPTED";
        String safe = LogSafe.untrusted(forged);
        assertThat(safe).doesNotContain("\n").startsWith("P123\\n2026-12-03");
        assertThat(LogSafe.untrusted("a\r\nb\u0085c\u2028d")).isEqualTo("a\\r\\nb\\u0085c\\u2028d");
    }

    @Test
    void invisibleAndBidiCharactersAreShownAsEscapes() {
        assertThat(LogSafe.untrusted("abc\u202Edef\u200Bg\u0000")).isEqualTo("abc\\u202edef\\u200bg\\u0000");
    }

    @Test
    void aBackslashIsEscapedSoAnEscapeCannotBeFaked() {
        assertThat(LogSafe.untrusted("a\\nb")).isEqualTo("a\\\\nb");
    }

    @Test
    void longValuesAreCutAndSayHowLongTheyWere() {
        String safe = LogSafe.untrusted("x".repeat(100_000));
        assertThat(safe).hasSize(LogSafe.MAX_LENGTH + "…(100000 chars)".length()).endsWith("…(100000 chars)");
    }

    @Test
    void ordinaryIdentifiersAndChineseTextAreUnchanged() {
        assertThat(LogSafe.untrusted("KP20261203000001A")).isEqualTo("KP20261203000001A");
        assertThat(LogSafe.untrusted("机器学习基础")).isEqualTo("机器学习基础");
        assertThat(LogSafe.untrusted(null)).isEqualTo("null");
    }
}
