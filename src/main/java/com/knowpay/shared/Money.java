package com.knowpay.shared;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.math.RoundingMode;

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

    /**
     * Parses a yuan string such as "99.00" or "0.5" exactly; refuses anything that is not a whole
     * number of fen ("0.001"), negative, or not a number.
     */
    public static Money ofYuan(String yuan) {
        if (yuan == null || yuan.isBlank()) {
            throw new IllegalArgumentException("Amount is empty");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(yuan.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not an amount: " + yuan);
        }
        try {
            return fen(value.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("Amount is not a whole number of fen: " + yuan);
        }
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
