package com.knowpay.payment.alipay;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Alipay speaks Beijing time as {@code yyyy-MM-dd HH:mm:ss}, without a zone. */
final class AlipayTime {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private AlipayTime() {
    }

    static String format(Instant instant) {
        return FORMAT.format(instant.atZone(ZONE));
    }

    /** @return null for a blank value; throws {@link DateTimeParseException} for a malformed one */
    static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        // gmt_refund carries milliseconds ("2024-01-01 10:00:00.123"): the second is enough here
        String seconds = trimmed.length() > 19 ? trimmed.substring(0, 19) : trimmed;
        return LocalDateTime.parse(seconds, FORMAT).atZone(ZONE).toInstant();
    }
}
