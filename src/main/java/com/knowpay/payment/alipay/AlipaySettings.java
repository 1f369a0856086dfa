package com.knowpay.payment.alipay;

import com.knowpay.payment.SettingValues;
import com.knowpay.payment.NotifyUrls;
import java.net.URI;
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
        return SettingValues.required(PREFIX, name, value, problems);
    }

    private static String secret(String name, String inline, Path file, List<String> problems) {
        return SettingValues.secret(PREFIX, name, inline, file, problems);
    }

    private static String missing(String name) {
        return SettingValues.missing(PREFIX, name);
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
