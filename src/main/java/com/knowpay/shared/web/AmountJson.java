package com.knowpay.shared.web;

import com.knowpay.shared.Money;

/** Money on the wire: {"value":"99.00","currency":"CNY"} — a string, so no client ever sees a float. */
public record AmountJson(String value, String currency) {

    public static AmountJson of(Money money) {
        return money == null ? null : new AmountJson(money.toYuanString(), money.currency());
    }
}
