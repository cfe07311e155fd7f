package org.valuematrix.activity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** A tie is the unordered pair (actor, counterpart); its key is the same either way round. */
public final class TieKey {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private TieKey() {
    }

    /** @return a 40-character key, identical for (a, b) and (b, a) */
    public static String of(String a, String b) {
        String pair = a.compareTo(b) <= 0 ? a + '\n' + b : b + '\n' + a;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(pair.getBytes(StandardCharsets.UTF_8));
            char[] out = new char[digest.length * 2];
            for (int i = 0; i < digest.length; i++) {
                out[2 * i] = HEX[(digest[i] >> 4) & 0xf];
                out[2 * i + 1] = HEX[digest[i] & 0xf];
            }
            return new String(out);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by every Java platform", e);
        }
    }
}
