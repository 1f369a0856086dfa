package com.knowpay.payment.fakes;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.json.JsonMapper;

/**
 * A WeChat Pay v3 notification exactly as it goes on the wire: JSON body whose resource is
 * AES-256-GCM encrypted with the APIv3 key, and Wechatpay-* headers signing
 * {@code timestamp\nnonce\nbody\n} with the platform key. Header names keep WeChat's case.
 */
public record FakeWechatNotification(Map<String, String> headers, String body) {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public FakeWechatNotification {
        headers = Map.copyOf(headers);
    }

    static FakeWechatNotification of(String eventType, String summary, String originalType, Map<String, Object> plaintext,
                                     String apiV3Key, String publicKeyId, Instant sentAt, TestKeys signer) {
        String nonce = randomText(12);
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("original_type", originalType);
        resource.put("algorithm", "AEAD_AES_256_GCM");
        resource.put("ciphertext", encrypt(JSON.writeValueAsString(plaintext), apiV3Key, nonce, originalType));
        resource.put("associated_data", originalType);
        resource.put("nonce", nonce);
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("id", UUID.randomUUID().toString());
        envelope.put("create_time", FakeWechatPayServer.rfc3339(sentAt));
        envelope.put("resource_type", "encrypt-resource");
        envelope.put("event_type", eventType);
        envelope.put("summary", summary);
        envelope.put("resource", resource);
        return signed(JSON.writeValueAsString(envelope), publicKeyId, sentAt, signer);
    }

    static FakeWechatNotification signed(String body, String serial, Instant sentAt, TestKeys signer) {
        String timestamp = String.valueOf(sentAt.getEpochSecond());
        String nonce = randomText(32);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("Wechatpay-Timestamp", timestamp);
        headers.put("Wechatpay-Nonce", nonce);
        headers.put("Wechatpay-Signature", signer.sign(timestamp + "\n" + nonce + "\n" + body + "\n"));
        headers.put("Wechatpay-Serial", serial);
        headers.put("Wechatpay-Signature-Type", "WECHATPAY2-SHA256-RSA2048");
        return new FakeWechatNotification(headers, body);
    }

    /** The same headers over a body changed after signing. */
    public FakeWechatNotification tampered(String from, String to) {
        if (!body.contains(from)) {
            throw new IllegalArgumentException("the body has no " + from);
        }
        return new FakeWechatNotification(headers, body.replace(from, to));
    }

    /** The same body signed with somebody else's key. */
    public FakeWechatNotification signedBy(TestKeys keys) {
        return signed(body, header("Wechatpay-Serial"), Instant.ofEpochSecond(Long.parseLong(header("Wechatpay-Timestamp"))),
                keys);
    }

    /** The same, with one header replaced (the signature still covers the old values). */
    public FakeWechatNotification withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new FakeWechatNotification(copy, body);
    }

    public String header(String name) {
        return headers.get(name);
    }

    /** POSTs it to the merchant as WeChat Pay does; answers "<status> <body>". */
    public String post(URI notifyUrl) {
        HttpRequest.Builder request = HttpRequest.newBuilder(notifyUrl).POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return (response.statusCode() + " " + response.body()).trim();
        } catch (IOException e) {
            return "unreachable " + e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    static String encrypt(String plaintext, String apiV3Key, String nonce, String associatedData) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(apiV3Key.getBytes(StandardCharsets.UTF_8), "AES"),
                    new GCMParameterSpec(128, nonce.getBytes(StandardCharsets.UTF_8)));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String randomText(int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
