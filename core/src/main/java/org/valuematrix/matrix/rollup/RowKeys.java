package org.valuematrix.matrix.rollup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** A rollup row's identity as one 40-character digest of its identifying columns. */
final class RowKeys {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    /** A digest per thread: looking one up costs as much as digesting a row. */
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(RowKeys::sha1);

    private RowKeys() {
    }

    /** @param parts the identifying values in a fixed order; null stands for a missing team */
    static String of(Object... parts) {
        MessageDigest digest = DIGEST.get();
        digest.reset();
        for (Object part : parts) {
            // Length-prefixed, so ("ab", "c") and ("a", "bc") never meet; null is not "".
            byte[] bytes = part == null ? new byte[0] : part.toString().getBytes(StandardCharsets.UTF_8);
            int n = part == null ? -1 : bytes.length;
            digest.update(new byte[] {(byte) (n >> 24), (byte) (n >> 16), (byte) (n >> 8), (byte) n});
            digest.update(bytes);
        }
        byte[] sum = digest.digest();
        char[] out = new char[sum.length * 2];
        for (int i = 0; i < sum.length; i++) {
            out[2 * i] = HEX[(sum[i] >> 4) & 0xf];
            out[2 * i + 1] = HEX[sum[i] & 0xf];
        }
        return new String(out);
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by every Java platform", e);
        }
    }
}
