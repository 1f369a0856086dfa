package com.knowpay.shared.web;

import com.knowpay.shared.Money;

/** An amount in the REST API: {@code {"value":"99.00","currency":"CNY"}} — a string, never a float. */
public record AmountJson(String value, String currency) {

    public static AmountJson of(Money money) {
        return money == null ? null : new AmountJson(money.toYuanString(), money.currency());
    }
}
