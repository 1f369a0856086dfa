package com.knowpay.payment.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Alipay's RSA2 scheme with nothing but java.security: drop {@code sign} and {@code sign_type} and
 * empty values, sort the rest by key, join {@code k=v} with {@code &}, SHA256withRSA, base64.
 */
public final class SandboxSignature {

    private SandboxSignature() {
    }

    public static String content(Map<String, String> params) {
        return new TreeMap<>(params).entrySet().stream()
                .filter(e -> !e.getKey().equals("sign") && !e.getKey().equals("sign_type"))
                .filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
    }

    public static String sign(Map<String, String> params, PrivateKey key) {
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(key);
            s.update(content(params).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign", e);
        }
    }

    public static boolean verify(Map<String, String> params, PublicKey key) {
        String sign = params.get("sign");
        if (sign == null || sign.isBlank()) {
            return false;
        }
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initVerify(key);
            s.update(content(params).getBytes(StandardCharsets.UTF_8));
            return s.verify(Base64.getDecoder().decode(sign));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }
}
