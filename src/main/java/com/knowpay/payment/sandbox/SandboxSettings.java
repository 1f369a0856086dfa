package com.knowpay.payment.sandbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code knowpay.payment.sandbox.*}.
 *
 * @param enabled    the sandbox channel is offered at checkout; off unless set (the embedded default sets it)
 * @param testMoney  its payments are test money: never creator earnings, payouts, dashboard revenue or
 *                   reconciliation, and every page shows a "test mode" bar. Only the embedded default's demo
 *                   (and the tests) turn it off, so that a demo purchase shows as the demo creator's sale
 * @param baseUrl    where phones and browsers reach this app for the wallet page; empty = the address
 *                   the learner's browser used, else http://localhost:&lt;port&gt;
 * @param notifyUrl  where the fake provider posts notifications; empty = this app on loopback
 * @param appId      the app id the fake provider puts in notifications (checked like Alipay's)
 * @param sellerId   the merchant id the fake provider puts in notifications
 * @param privateKey the fake provider's RSA private key (base64 PKCS#8); empty = a new key per start
 * @param publicKey  its public key (base64 X.509), required when {@code privateKey} is given
 */
@ConfigurationProperties(prefix = "knowpay.payment.sandbox")
public record SandboxSettings(@DefaultValue("false") boolean enabled,
                              @DefaultValue("true") boolean testMoney, String baseUrl, String notifyUrl,
                              @DefaultValue("kp-sandbox-app") String appId,
                              @DefaultValue("kp-sandbox-merchant") String sellerId,
                              String privateKey, String publicKey) {

    @Override
    public String toString() {
        return "SandboxSettings[enabled=" + enabled + ", testMoney=" + testMoney + ", baseUrl=" + baseUrl + ", notifyUrl=" + notifyUrl
                + ", appId=" + appId + ", sellerId=" + sellerId + ", keys=" + (privateKey == null ? "generated" : "configured") + "]";
    }
}
