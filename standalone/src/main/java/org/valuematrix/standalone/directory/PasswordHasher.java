package org.valuematrix.standalone.directory;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.OptionalInt;
import java.util.concurrent.atomic.LongAdder;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 with a random salt per password. A hash records its own iteration count
 * ({@code pbkdf2-sha256$<iterations>$<salt>$<hash>}), so the cost can change without
 * invalidating stored passwords. Counts the iterations it derives, so the work a login costs
 * can be checked without timing it.
 */
public final class PasswordHasher {
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256 is higher; this keeps login well under 100 ms here. */
    public static final int DEFAULT_ITERATIONS = 120_000;
    /** A stored value no password matches (an account that cannot log in yet). */
    public static final String UNUSABLE = "!";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;

    private final int iterations;
    private final SecureRandom random = new SecureRandom();
    private final LongAdder derived = new LongAdder();

    public PasswordHasher(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        this.iterations = iterations;
    }

    public int iterations() {
        return iterations;
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return format(iterations, salt, derive(password, salt, iterations));
    }

    /**
     * A well-formed hash that no password matches (its hash part is random, not derived), with
     * the given cost: checking a password against it costs what checking a real one does.
     */
    public String decoy(int cost) {
        byte[] salt = new byte[SALT_BYTES];
        byte[] hash = new byte[KEY_BITS / 8];
        random.nextBytes(salt);
        random.nextBytes(hash);
        return format(cost, salt, hash);
    }

    /** @return true when the password matches the stored hash; false for any malformed hash */
    public boolean verify(String password, String stored) {
        if (password == null || stored == null) {
            return false;
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        try {
            int n = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return n > 0 && MessageDigest.isEqual(expected, derive(password, salt, n));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** @return the iteration count a stored hash was made with; empty when it is not one of ours */
    public static OptionalInt iterationsOf(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return OptionalInt.empty();
        }
        try {
            int n = Integer.parseInt(parts[1]);
            return n > 0 ? OptionalInt.of(n) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** @return PBKDF2 iterations derived so far by {@link #hash} and {@link #verify} */
    public long iterationsDerived() {
        return derived.sum();
    }

    private static String format(int cost, byte[] salt, byte[] hash) {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + cost + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    private byte[] derive(String password, byte[] salt, int cost) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, cost, KEY_BITS);
        try {
            byte[] key = SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
            derived.add(cost);
            return key;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is required by every Java platform", e);
        } finally {
            spec.clearPassword();
        }
    }
}
