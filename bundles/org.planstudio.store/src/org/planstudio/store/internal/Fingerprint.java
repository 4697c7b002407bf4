package org.planstudio.store.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over a sequence of values, each length-prefixed and null-marked so that different
 * sequences never produce the same input ("ab","c" vs "a","bc", null vs ""). Numbers are written
 * big-endian. One is made per stored row, on every save and load, hence the cloned prototype
 * (a provider lookup per row cost more than the hashing) and the reused scratch buffer.
 */
final class Fingerprint {

    private static final MessageDigest PROTOTYPE;

    static {
        try {
            PROTOTYPE = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private final MessageDigest digest;
    private final byte[] scratch = new byte[Long.BYTES];

    Fingerprint() {
        MessageDigest copy;
        try {
            copy = (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            try {
                copy = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
            }
        }
        digest = copy;
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
            putInt(bytes.length);
            digest.update(bytes);
        }
        return this;
    }

    Fingerprint add(byte[] bytes) {
        putInt(bytes.length);
        digest.update(bytes);
        return this;
    }

    Fingerprint add(long value) {
        for (int i = Long.BYTES - 1; i >= 0; i--) {
            scratch[i] = (byte) value;
            value >>>= 8;
        }
        digest.update(scratch, 0, Long.BYTES);
        return this;
    }

    Fingerprint add(Object value) {
        return add(value == null ? null : value.toString());
    }

    private void putInt(int value) {
        scratch[0] = (byte) (value >>> 24);
        scratch[1] = (byte) (value >>> 16);
        scratch[2] = (byte) (value >>> 8);
        scratch[3] = (byte) value;
        digest.update(scratch, 0, Integer.BYTES);
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
