package com.knowpay.payment.sandbox;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** The fake provider's key pair: it signs with the private key, the channel verifies with the public key. */
public final class SandboxKeys {

    private final KeyPair pair;

    private SandboxKeys(KeyPair pair) {
        this.pair = pair;
    }

    static SandboxKeys from(SandboxSettings settings) {
        if (settings.privateKey() != null && !settings.privateKey().isBlank()) {
            if (settings.publicKey() == null || settings.publicKey().isBlank()) {
                throw new IllegalStateException("knowpay.payment.sandbox.public-key is required with private-key");
            }
            try {
                KeyFactory f = KeyFactory.getInstance("RSA");
                PrivateKey priv = f.generatePrivate(new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(settings.privateKey())));
                PublicKey pub = f.generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder().decode(settings.publicKey())));
                return new SandboxKeys(new KeyPair(pub, priv));
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                throw new IllegalStateException("knowpay.payment.sandbox keys are not valid base64 RSA keys", e);
            }
        }
        return generate();
    }

    public static SandboxKeys generate() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return new SandboxKeys(g.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    public PrivateKey providerPrivateKey() {
        return pair.getPrivate();
    }

    public PublicKey providerPublicKey() {
        return pair.getPublic();
    }

    @Override
    public String toString() {
        return "SandboxKeys[RSA-2048]";
    }
}
