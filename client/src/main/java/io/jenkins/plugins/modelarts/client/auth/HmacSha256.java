package io.jenkins.plugins.modelarts.client.auth;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * HMAC-SHA256 (RFC 2104 over the JDK's SHA-256), the signature's keyed hash. Not {@code javax.crypto.Mac}:
 * the first {@code Mac} of a JVM sets up the JCE (its crypto policy files, a seeded {@code SecureRandom},
 * the provider list up to SunJCE), which a one-call CLI run pays for a single hash (docs/performance.md,
 * "CLI start"). The result is the same bytes; {@code HmacSha256Test} checks it against RFC 4231 and against
 * {@code Mac}.
 */
final class HmacSha256 {
    private static final int BLOCK = 64;

    private HmacSha256() {}

    static byte[] mac(byte[] key, byte[] data) {
        MessageDigest sha = sha256();
        byte[] block = new byte[BLOCK];
        byte[] k = key.length > BLOCK ? sha.digest(key) : key;
        System.arraycopy(k, 0, block, 0, k.length);
        byte[] pad = new byte[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            pad[i] = (byte) (block[i] ^ 0x36);
        }
        sha.update(pad);
        byte[] inner = sha.digest(data);
        for (int i = 0; i < BLOCK; i++) {
            pad[i] = (byte) (block[i] ^ 0x5c);
        }
        sha.update(pad);
        return sha.digest(inner);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
