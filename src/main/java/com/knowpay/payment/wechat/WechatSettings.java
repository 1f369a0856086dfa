package com.knowpay.payment.wechat;

import com.knowpay.payment.SettingValues;
import com.knowpay.payment.NotifyUrls;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code knowpay.payment.wechat.*}, public-key mode (no platform certificate download). Keys may
 * be given inline (PEM or bare base64) or as a {@code …-file} path. Checked only when the channel
 * is enabled, by {@link #resolve()}.
 *
 * @param merchantSerialNumber the serial number of the merchant API certificate (apiclient_cert.pem)
 * @param privateKey           the merchant API private key (apiclient_key.pem)
 * @param apiV3Key             the 32-character APIv3 key set in the merchant platform
 * @param publicKey            the WeChat Pay public key (pub_key.pem)
 * @param publicKeyId          its id, {@code PUB_KEY_ID_…}
 */
@ConfigurationProperties("knowpay.payment.wechat")
public record WechatSettings(
        boolean enabled,
        String mchId,
        String appId,
        String merchantSerialNumber,
        String privateKey,
        Path privateKeyFile,
        String apiV3Key,
        Path apiV3KeyFile,
        String publicKey,
        Path publicKeyFile,
        String publicKeyId,
        @DefaultValue("https://api.mch.weixin.qq.com") URI baseUrl,
        String notifyUrl) {

    static final String PREFIX = "knowpay.payment.wechat.";

    /**
     * Reads the key files, checks every required key is there and usable, and answers the
     * account the channel works with. Fails with a message naming each missing or bad key.
     */
    public WechatAccount resolve() {
        List<String> problems = new ArrayList<>();
        String mch = required("mch-id", mchId, problems);
        String app = required("app-id", appId, problems);
        String serial = required("merchant-serial-number", merchantSerialNumber, problems);
        String privateKeyText = secret("private-key", privateKey, privateKeyFile, problems);
        String apiV3 = secret("api-v3-key", apiV3Key, apiV3KeyFile, problems);
        String publicKeyText = secret("public-key", publicKey, publicKeyFile, problems);
        String keyId = required("public-key-id", publicKeyId, problems);
        String notify = required("notify-url", notifyUrl, problems);
        if (baseUrl == null || !baseUrl.isAbsolute() || baseUrl.getHost() == null) {
            problems.add(PREFIX + "base-url must be an absolute URL such as https://api.mch.weixin.qq.com");
        }
        if (notify != null) {
            NotifyUrls.check(PREFIX + "notify-url", notify, problems);
        }
        if (apiV3 != null && apiV3.getBytes(StandardCharsets.UTF_8).length != 32) {
            problems.add(PREFIX + "api-v3-key must be the 32-character APIv3 key set in the merchant platform");
        }
        PrivateKey merchantKey = privateKeyText == null ? null
                : WechatKeys.privateKey(privateKeyText, PREFIX + "private-key", problems);
        PublicKey wechatKey = publicKeyText == null ? null
                : WechatKeys.publicKey(publicKeyText, PREFIX + "public-key", problems);
        WechatKeys.requireDistinct(merchantKey, wechatKey, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("WeChat Pay channel cannot start: " + String.join("; ", problems));
        }
        return new WechatAccount(mch, app, serial, merchantKey, apiV3, wechatKey, keyId, baseUrl, notify);
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

    @Override
    public String toString() {
        return "WechatSettings[enabled=" + enabled + ", mchId=" + Masked.id(mchId) + ", appId=" + Masked.id(appId)
                + ", merchantSerialNumber=" + Masked.id(merchantSerialNumber)
                + ", privateKey=" + Masked.secret(privateKey) + ", privateKeyFile=" + privateKeyFile
                + ", apiV3Key=" + Masked.secret(apiV3Key) + ", apiV3KeyFile=" + apiV3KeyFile
                + ", publicKey=" + Masked.secret(publicKey) + ", publicKeyFile=" + publicKeyFile
                + ", publicKeyId=" + Masked.id(publicKeyId) + ", baseUrl=" + baseUrl + ", notifyUrl=" + notifyUrl + "]";
    }
}
