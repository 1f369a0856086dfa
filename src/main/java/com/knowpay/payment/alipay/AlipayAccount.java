package com.knowpay.payment.alipay;

/**
 * The checked credentials the channel works with. Keys are bare base64 (PKCS#8 private, X.509
 * public), the form the SDK takes. {@link #toString()} never shows them.
 *
 * @param sellerId null when not configured
 */
public record AlipayAccount(String appId, String sellerId, String privateKey, String alipayPublicKey,
                            String gatewayUrl, String notifyUrl) {

    @Override
    public String toString() {
        return "AlipayAccount[appId=" + Masked.id(appId) + ", sellerId=" + Masked.id(sellerId)
                + ", privateKey=" + Masked.secret(privateKey) + ", alipayPublicKey=" + Masked.secret(alipayPublicKey)
                + ", gatewayUrl=" + gatewayUrl + ", notifyUrl=" + notifyUrl + "]";
    }
}
