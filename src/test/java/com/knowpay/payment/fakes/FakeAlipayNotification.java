package com.knowpay.payment.fakes;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An Alipay async notification: form parameters signed RSA2 over the sorted {@code k=v} pairs
 * (without sign, sign_type and empty values) with Alipay's private key.
 */
public record FakeAlipayNotification(Map<String, String> params) {

    public FakeAlipayNotification {
        params = Map.copyOf(params);
    }

    static FakeAlipayNotification signed(Map<String, String> unsigned, TestKeys signer) {
        Map<String, String> params = new LinkedHashMap<>(unsigned);
        params.remove("sign");
        params.put("sign_type", "RSA2");
        params.put("sign", signer.sign(content(params)));
        return new FakeAlipayNotification(params);
    }

    /** The same parameters, one changed after signing (a tampered notification). */
    public FakeAlipayNotification tampered(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(params);
        copy.put(name, value);
        return new FakeAlipayNotification(copy);
    }

    /** The same parameters signed with somebody else's key (a forged notification). */
    public FakeAlipayNotification signedBy(TestKeys keys) {
        return signed(params, keys);
    }

    public String param(String name) {
        return params.get(name);
    }

    public String formBody() {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static String content(Map<String, String> params) {
        return new TreeMap<>(params).entrySet().stream()
                .filter(e -> !e.getKey().equals("sign") && !e.getKey().equals("sign_type"))
                .filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
    }
}
