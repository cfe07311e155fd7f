package org.valuematrix.standalone.spi;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a minute, which Basic credentials were verified, so a REST client does not pay
 * a PBKDF2 derivation on every request. Keys are HMACs under a key that lives only in this
 * process, never the credentials themselves.
 */
public class BasicCredentialsCache {
    private static final long TTL_MILLIS = 60_000;
    private static final int MAX_ENTRIES = 1_000;

    private final Clock clock;
    private final byte[] secret = new byte[32];
    private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    public BasicCredentialsCache(Clock clock) {
        this.clock = clock;
        new SecureRandom().nextBytes(secret);
    }

    public synchronized Optional<String> get(String credentials) {
        Entry e = entries.get(digest(credentials));
        return e != null && e.expiresAt > clock.millis() ? Optional.of(e.userKey) : Optional.empty();
    }

    public synchronized void put(String credentials, String userKey) {
        entries.put(digest(credentials), new Entry(userKey, clock.millis() + TTL_MILLIS));
    }

    private String digest(String credentials) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(credentials.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }

    private static final class Entry {
        final String userKey;
        final long expiresAt;

        Entry(String userKey, long expiresAt) {
            this.userKey = userKey;
            this.expiresAt = expiresAt;
        }
    }
}
