package com.knowpay.payment.wechat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** WeChat Pay speaks RFC 3339 with +08:00; its bills use Beijing time without a zone. */
final class WechatTime {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter BILL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private WechatTime() {
    }

    static String format(Instant instant) {
        return RFC3339.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.ofHours(8)));
    }

    /** @return null for a blank value */
    static Instant parse(String rfc3339) {
        return rfc3339 == null || rfc3339.isBlank() ? null : OffsetDateTime.parse(rfc3339.trim()).toInstant();
    }

    static Instant parseBill(String value) {
        return LocalDateTime.parse(value.trim(), BILL).atZone(ZONE).toInstant();
    }
}
