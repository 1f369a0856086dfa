package com.knowpay.shared;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;

/**
 * An amount of money in integer minor units (fen). Never a double. Only CNY is sold today, but
 * the currency travels with the amount so a mismatch is caught instead of added.
 */
public record Money(long fen, String currency) implements Comparable<Money> {

    public static final String CNY = "CNY";
    /** Alipay's ceiling for one trade is 100,000,000 yuan; nothing we sell comes near it. */
    public static final long MAX_FEN = 100_000_000_00L;

    public Money {
        if (currency == null || !currency.equals(CNY)) {
            throw new IllegalArgumentException("Unsupported currency: " + currency);
        }
        if (fen < 0) {
            throw new IllegalArgumentException("Money cannot be negative: " + fen);
        }
        if (fen > MAX_FEN) {
            throw new IllegalArgumentException("Amount too large: " + fen);
        }
    }

    public static Money fen(long fen) {
        return new Money(fen, CNY);
    }

    public static Money zero() {
        return fen(0);
    }

    /** The longest yuan text accepted: {@code "100000000.00"}, i.e. {@link #MAX_FEN}, is 12 characters. */
    public static final int MAX_YUAN_LENGTH = 12;

    /**
     * Parses a plain yuan string such as "99.00", "0.5" or "120" exactly — the one parser every
     * text-to-money path uses (REST bodies, forms, settings, provider answers). Accepted: ASCII digits
     * with at most one '.', at least one digit before it and one or two after it, optionally surrounded
     * by spaces; at most {@value #MAX_YUAN_LENGTH} characters and {@link #MAX_FEN}. Refused: signs,
     * exponents ("1e6"), grouping ("1,000"), spaces inside, non-ASCII digits ("１２"), fractions of a
     * fen ("0.001"). Works in one pass over at most 12 characters and never builds a BigDecimal, so a
     * hostile "1e6000000" or a 10 000-digit string costs microseconds to refuse.
     *
     * @throws IllegalArgumentException with a message a person can act on
     */
    public static Money ofYuan(String yuan) {
        if (yuan == null) {
            throw new IllegalArgumentException("Amount is empty");
        }
        int start = 0;
        int end = yuan.length();
        while (start < end && yuan.charAt(start) == ' ') {
            start++;
        }
        while (end > start && yuan.charAt(end - 1) == ' ') {
            end--;
        }
        if (start == end) {
            throw new IllegalArgumentException("Amount is empty");
        }
        if (end - start > MAX_YUAN_LENGTH) {
            throw new IllegalArgumentException("Amount is too long: at most " + MAX_YUAN_LENGTH
                    + " characters, e.g. 99.00 (" + quoted(yuan) + ")");
        }
        long fen = 0;
        int dot = -1;
        for (int i = start; i < end; i++) {
            char c = yuan.charAt(i);
            if (c == '.' && dot < 0) {
                dot = i;
            } else if (c >= '0' && c <= '9') {
                fen = fen * 10 + (c - '0');
            } else {
                throw new IllegalArgumentException("Not an amount: " + quoted(yuan)
                        + "; write yuan as digits with an optional '.', e.g. 99.00 (no sign, exponent or separators)");
            }
        }
        int decimals = dot < 0 ? 0 : end - dot - 1;
        if (dot == start || (dot >= 0 && decimals == 0)) {
            throw new IllegalArgumentException("Not an amount: " + quoted(yuan) + "; write digits on both sides of '.', e.g. 0.50");
        }
        if (decimals > 2) {
            throw new IllegalArgumentException("Amount is not a whole number of fen (at most 2 decimals): " + quoted(yuan));
        }
        // At most 12 characters, so at most 12 digits: fen * 100 stays far below Long.MAX_VALUE.
        for (int i = decimals; i < 2; i++) {
            fen *= 10;
        }
        if (fen > MAX_FEN) {
            throw new IllegalArgumentException("Amount too large: at most " + fen(MAX_FEN).toYuanString() + " (" + quoted(yuan) + ")");
        }
        return fen(fen);
    }

    /** The input for an error message, cut short so a hostile 64 KiB string is not echoed into logs. */
    private static String quoted(String text) {
        return "'" + (text.length() > 20 ? text.substring(0, 20) + "…" : text) + "'";
    }

    /** "99.00" — the form Alipay and our REST API use. */
    public String toYuanString() {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    /** "¥99.00" — the form people read. */
    public String format() {
        return "¥" + toYuanString();
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(fen, other.fen), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(fen, other.fen), currency);
    }

    /** Not a property: events carrying Money are stored as JSON and must read back exactly. */
    @JsonIgnore
    public boolean isZero() {
        return fen == 0;
    }

    public boolean isGreaterThan(Money other) {
        requireSameCurrency(other);
        return fen > other.fen;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(fen, other.fen);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Currency mismatch: " + currency + " vs " + other.currency);
        }
    }

    @Override
    public String toString() {
        return format();
    }
}
