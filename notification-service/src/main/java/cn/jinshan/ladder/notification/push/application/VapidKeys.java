package cn.jinshan.ladder.notification.push.application;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** The application server's VAPID key pair (RFC 8292, P-256), as PKCS#8 and X.509 bytes. */
public record VapidKeys(byte[] privateKeyPkcs8, byte[] publicKeyX509) {

    /** A fresh P-256 key pair. */
    public static VapidKeys generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            return new VapidKeys(
                    pair.getPrivate().getEncoded(), pair.getPublic().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate VAPID keys", e);
        }
    }

    /** The public key as browsers want it for {@code applicationServerKey}: the uncompressed point, base64url. */
    public String publicKeyBase64Url() {
        try {
            ECPublicKey key =
                    (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(publicKeyX509));
            byte[] point = new byte[65];
            point[0] = 4;
            copyUnsigned(key.getW().getAffineX().toByteArray(), point, 1);
            copyUnsigned(key.getW().getAffineY().toByteArray(), point, 33);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(point);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("stored VAPID public key is unreadable", e);
        }
    }

    private static void copyUnsigned(byte[] value, byte[] target, int offset) {
        int length = Math.min(value.length, 32);
        System.arraycopy(value, value.length - length, target, offset + 32 - length, length);
    }
}
