package com.knowpay.payment.alipay;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

/**
 * Turns configured keys (PEM or bare base64) into the bare base64 the SDK takes, checking that
 * they parse. The app private key may be PKCS#8 or PKCS#1 (Alipay's key tool writes either).
 * Messages name the property, never the key.
 */
final class AlipayKeys {

    private AlipayKeys() {
    }

    static String privateKey(String text, String property, List<String> problems) {
        byte[] der = decode(text);
        if (der == null) {
            problems.add(property + " is not PEM or base64");
            return null;
        }
        for (byte[] candidate : List.of(der, pkcs1ToPkcs8(der))) {
            try {
                rsa().generatePrivate(new PKCS8EncodedKeySpec(candidate));
                return Base64.getEncoder().encodeToString(candidate);
            } catch (GeneralSecurityException | RuntimeException e) {
                // try the next encoding
            }
        }
        problems.add(property + " is not an RSA private key (expected PKCS#8 or PKCS#1, PEM or base64)");
        return null;
    }

    static String publicKey(String text, String property, List<String> problems) {
        byte[] der = decode(text);
        if (der == null) {
            problems.add(property + " is not PEM or base64");
            return null;
        }
        try {
            rsa().generatePublic(new X509EncodedKeySpec(der));
            return Base64.getEncoder().encodeToString(der);
        } catch (GeneralSecurityException | RuntimeException e) {
            problems.add(property + " is not an RSA public key (expected X.509 SubjectPublicKeyInfo, PEM or base64)");
            return null;
        }
    }

    /** The SDK refuses to call when the "Alipay public key" is the app's own: say so at start-up instead. */
    static void requireDistinct(String privateKeyBase64, String publicKeyBase64, List<String> problems) {
        if (privateKeyBase64 == null || publicKeyBase64 == null) {
            return;
        }
        try {
            BigInteger appModulus = ((RSAPrivateCrtKey) rsa().generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKeyBase64)))).getModulus();
            BigInteger alipayModulus = ((RSAPublicKey) rsa().generatePublic(
                    new X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyBase64)))).getModulus();
            if (appModulus.equals(alipayModulus)) {
                problems.add(AlipaySettings.PREFIX + "alipay-public-key is the app's own public key; use the "
                        + "Alipay public key (支付宝公钥) shown in the open platform");
            }
        } catch (GeneralSecurityException | ClassCastException e) {
            // already parsed above; a key that is not CRT cannot be compared and is left to the SDK
        }
    }

    private static byte[] decode(String text) {
        String body = text.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s+", "");
        try {
            return body.isEmpty() ? null : Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Wraps a PKCS#1 RSAPrivateKey in a PKCS#8 PrivateKeyInfo. */
    private static byte[] pkcs1ToPkcs8(byte[] pkcs1) {
        byte[] algorithm = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01,
                0x01, 0x05, 0x00};
        byte[] version = {0x02, 0x01, 0x00};
        byte[] octets = der(0x04, pkcs1);
        byte[] content = new byte[version.length + algorithm.length + octets.length];
        System.arraycopy(version, 0, content, 0, version.length);
        System.arraycopy(algorithm, 0, content, version.length, algorithm.length);
        System.arraycopy(octets, 0, content, version.length + algorithm.length, octets.length);
        return der(0x30, content);
    }

    private static byte[] der(int tag, byte[] content) {
        int length = content.length;
        byte[] header;
        if (length < 0x80) {
            header = new byte[] {(byte) tag, (byte) length};
        } else if (length < 0x100) {
            header = new byte[] {(byte) tag, (byte) 0x81, (byte) length};
        } else if (length < 0x10000) {
            header = new byte[] {(byte) tag, (byte) 0x82, (byte) (length >> 8), (byte) length};
        } else {
            header = new byte[] {(byte) tag, (byte) 0x83, (byte) (length >> 16), (byte) (length >> 8), (byte) length};
        }
        byte[] out = new byte[header.length + length];
        System.arraycopy(header, 0, out, 0, header.length);
        System.arraycopy(content, 0, out, header.length, length);
        return out;
    }

    private static KeyFactory rsa() throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA");
    }
}
