package com.knowpay.payment.alipay;

import com.knowpay.payment.NotifyUrls;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code knowpay.payment.alipay.*}. Keys may be given inline (PEM or bare base64) or as a
 * {@code …-file} path. Checked only when the channel is enabled, by {@link #resolve()}.
 *
 * @param sellerId        the merchant's PID (2088…); when set, notifications for another seller are refused
 * @param alipayPublicKey Alipay's public key from the open platform — not the app's own public key
 */
@ConfigurationProperties("knowpay.payment.alipay")
public record AlipaySettings(
        boolean enabled,
        String appId,
        String sellerId,
        String privateKey,
        Path privateKeyFile,
        String alipayPublicKey,
        Path alipayPublicKeyFile,
        @DefaultValue("https://openapi.alipay.com/gateway.do") URI gatewayUrl,
        String notifyUrl) {

    static final String PREFIX = "knowpay.payment.alipay.";

    /**
     * Reads the key files, checks every required key is there and usable, and answers the
     * account the channel works with. Fails with a message naming each missing or bad key.
     */
    public AlipayAccount resolve() {
        List<String> problems = new ArrayList<>();
        String appIdValue = required("app-id", appId, problems);
        String privateKeyText = secret("private-key", privateKey, privateKeyFile, problems);
        String publicKeyText = secret("alipay-public-key", alipayPublicKey, alipayPublicKeyFile, problems);
        String notify = required("notify-url", notifyUrl, problems);
        if (gatewayUrl == null) {
            problems.add(missing("gateway-url"));
        }
        if (notify != null) {
            NotifyUrls.check(PREFIX + "notify-url", notify, problems);
        }
        String privateKeyBase64 = null;
        String publicKeyBase64 = null;
        if (privateKeyText != null && publicKeyText != null) {
            privateKeyBase64 = AlipayKeys.privateKey(privateKeyText, PREFIX + "private-key", problems);
            publicKeyBase64 = AlipayKeys.publicKey(publicKeyText, PREFIX + "alipay-public-key", problems);
            AlipayKeys.requireDistinct(privateKeyBase64, publicKeyBase64, problems);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Alipay channel cannot start: " + String.join("; ", problems));
        }
        return new AlipayAccount(appIdValue, blankToNull(sellerId), privateKeyBase64, publicKeyBase64,
                gatewayUrl.toString(), notify);
    }

    private static String required(String name, String value, List<String> problems) {
        if (value == null || value.isBlank()) {
            problems.add(missing(name));
            return null;
        }
        return value.trim();
    }

    private static String secret(String name, String inline, Path file, List<String> problems) {
        boolean hasInline = inline != null && !inline.isBlank();
        if (hasInline && file != null) {
            problems.add("set either " + PREFIX + name + " or " + PREFIX + name + "-file, not both");
            return null;
        }
        if (hasInline) {
            return inline.trim();
        }
        if (file == null) {
            problems.add(missing(name) + " (or set " + PREFIX + name + "-file)");
            return null;
        }
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (content.isEmpty()) {
                problems.add(PREFIX + name + "-file " + file + " is empty");
                return null;
            }
            return content;
        } catch (IOException e) {
            problems.add(PREFIX + name + "-file " + file + " cannot be read (" + e.getClass().getSimpleName() + ")");
            return null;
        }
    }

    private static String missing(String name) {
        return PREFIX + name + " is required when " + PREFIX + "enabled=true";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public String toString() {
        return "AlipaySettings[enabled=" + enabled + ", appId=" + Masked.id(appId) + ", sellerId=" + Masked.id(sellerId)
                + ", privateKey=" + Masked.secret(privateKey) + ", privateKeyFile=" + privateKeyFile
                + ", alipayPublicKey=" + Masked.secret(alipayPublicKey) + ", alipayPublicKeyFile=" + alipayPublicKeyFile
                + ", gatewayUrl=" + gatewayUrl + ", notifyUrl=" + notifyUrl + "]";
    }
}
