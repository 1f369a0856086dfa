package com.knowpay.payment.wechat;

import java.net.URI;
import java.security.PrivateKey;
import java.security.PublicKey;

/** The checked credentials the channel works with. {@link #toString()} never shows a key. */
public record WechatAccount(String mchId, String appId, String merchantSerialNumber, PrivateKey privateKey,
                            String apiV3Key, PublicKey publicKey, String publicKeyId, URI baseUrl,
                            String notifyUrl) {

    /** Refund notifications go to the payment notify URL + {@code /refund} (docs/ARCHITECTURE.md §9). */
    String refundNotifyUrl() {
        return notifyUrl.endsWith("/") ? notifyUrl + "refund" : notifyUrl + "/refund";
    }

    @Override
    public String toString() {
        return "WechatAccount[mchId=" + Masked.id(mchId) + ", appId=" + Masked.id(appId)
                + ", merchantSerialNumber=" + Masked.id(merchantSerialNumber) + ", privateKey=" + Masked.secret(privateKey)
                + ", apiV3Key=" + Masked.secret(apiV3Key) + ", publicKey=" + Masked.secret(publicKey)
                + ", publicKeyId=" + Masked.id(publicKeyId) + ", baseUrl=" + baseUrl + ", notifyUrl=" + notifyUrl + "]";
    }
}
