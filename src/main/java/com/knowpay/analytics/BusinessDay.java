package com.knowpay.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The business day of the roll-ups: the calendar day in Asia/Shanghai (UTC+8, no daylight saving),
 * whatever the server's or the viewer's time zone. A payment at 23:30 UTC counts on the next China day.
 */
public final class BusinessDay {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BusinessDay() {
    }

    public static LocalDate of(Instant at) {
        return at.atZone(ZONE).toLocalDate();
    }

    /** The first instant of the business day. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }
}
