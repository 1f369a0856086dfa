package com.knowpay.payment.wechat;

import com.wechat.pay.java.core.util.PemUtil;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;

/** Parses the configured keys (PEM or bare base64); messages name the property, never the key. */
final class WechatKeys {

    private WechatKeys() {
    }

    static PrivateKey privateKey(String text, String property, List<String> problems) {
        try {
            return PemUtil.loadPrivateKeyFromString(text);
        } catch (IllegalArgumentException e) {
            problems.add(property + " is not an RSA private key (expected apiclient_key.pem: PKCS#8, PEM or base64)");
            return null;
        }
    }

    static PublicKey publicKey(String text, String property, List<String> problems) {
        try {
            return PemUtil.loadPublicKeyFromString(text);
        } catch (IllegalArgumentException e) {
            problems.add(property + " is not an RSA public key (expected pub_key.pem: X.509, PEM or base64)");
            return null;
        }
    }

    /** The "WeChat Pay public key" must not be the merchant's own: answers would never verify. */
    static void requireDistinct(PrivateKey merchant, PublicKey wechat, List<String> problems) {
        if (merchant instanceof RSAPrivateCrtKey m && wechat instanceof RSAPublicKey w
                && m.getModulus().equals(w.getModulus())) {
            problems.add(WechatSettings.PREFIX + "public-key is the merchant's own public key; use the WeChat Pay "
                    + "public key (微信支付公钥) downloaded from the merchant platform");
        }
    }
}
