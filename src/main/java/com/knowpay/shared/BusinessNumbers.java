package com.knowpay.shared;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Business numbers (order no, payment no = out_trade_no, refund no). 24 characters of
 * [A-Z0-9]: prefix letter, UTC timestamp to the second, 9 random digits. Fits WeChat's 6–32
 * [0-9A-Za-z_-*] and Alipay's ≤64 rule, sorts by time, and does not reveal volumes.
 */
public final class BusinessNumbers {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private BusinessNumbers() {
    }

    public static String next(char prefix, Clock clock) {
        return prefix + STAMP.format(clock.instant()) + String.format("%09d", RANDOM.nextInt(1_000_000_000));
    }
}
