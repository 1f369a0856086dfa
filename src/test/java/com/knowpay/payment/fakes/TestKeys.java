package com.knowpay.payment.fakes;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/**
 * RSA 2048 key pairs generated once per test run: nothing real is ever checked in. Gives the
 * forms the providers hand out: bare base64 (PKCS#8 private, X.509 public) and PEM.
 */
public final class TestKeys {

    /** The Alipay app's own pair (the merchant signs requests with it). */
    public static final TestKeys ALIPAY_APP = new TestKeys();
    /** Alipay's pair (Alipay signs answers and notifications with it). */
    public static final TestKeys ALIPAY_PLATFORM = new TestKeys();
    /** The WeChat Pay merchant API pair (apiclient_key.pem). */
    public static final TestKeys WECHAT_MERCHANT = new TestKeys();
    /** The WeChat Pay platform pair (pub_key.pem is its public half). */
    public static final TestKeys WECHAT_PLATFORM = new TestKeys();
    /** Somebody else's pair, for forged signatures. */
    public static final TestKeys ATTACKER = new TestKeys();

    private final KeyPair pair;

    private TestKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            this.pair = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public PrivateKey privateKey() {
        return pair.getPrivate();
    }

    public PublicKey publicKey() {
        return pair.getPublic();
    }

    public String privateBase64() {
        return Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
    }

    public String publicBase64() {
        return Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
    }

    public String privatePem() {
        return pem("PRIVATE KEY", pair.getPrivate().getEncoded());
    }

    public String publicPem() {
        return pem("PUBLIC KEY", pair.getPublic().getEncoded());
    }

    /** SHA256withRSA, base64 — what both providers use. */
    public String sign(String message) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(pair.getPrivate());
            signature.update(message.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean verify(String message, String base64Signature) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(pair.getPublic());
            signature.update(message.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(base64Signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
