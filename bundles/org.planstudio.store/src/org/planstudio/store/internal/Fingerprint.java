package org.planstudio.store.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over a sequence of values, each length-prefixed and null-marked so that different
 * sequences never produce the same input ("ab","c" vs "a","bc", null vs "").
 */
final class Fingerprint {

    private final MessageDigest digest;

    Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static String of(byte[] bytes) {
        Fingerprint fingerprint = new Fingerprint();
        fingerprint.digest.update(bytes);
        return fingerprint.hex();
    }

    Fingerprint add(String value) {
        if (value == null) {
            digest.update((byte) 0);
        } else {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            digest.update((byte) 1);
            digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
            digest.update(bytes);
        }
        return this;
    }

    Fingerprint add(long value) {
        digest.update(ByteBuffer.allocate(Long.BYTES).putLong(value).array());
        return this;
    }

    Fingerprint add(Object value) {
        return add(value == null ? null : value.toString());
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
