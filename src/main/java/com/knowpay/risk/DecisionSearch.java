package com.knowpay.risk;

import java.time.Instant;

/** Filters of the decision log; null = any. {@code to} is exclusive. */
public record DecisionSearch(Long userId, String ip, Verdict verdict, String rule, Instant from, Instant to) {

    public static DecisionSearch all() {
        return new DecisionSearch(null, null, null, null, null, null);
    }
}
