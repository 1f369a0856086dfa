package com.knowpay.payment;

import java.util.Map;

/**
 * A provider's notification exactly as it arrived: the raw body (WeChat signs the bytes), the
 * headers (case-insensitive look-up is the caller's job: keys here are as received), and the
 * form parameters (Alipay).
 */
public record NotificationRequest(String body, Map<String, String> headers, Map<String, String> params) {

    public String header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
