package org.valuematrix.support;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A small, bounded, time-limited cache. Values are node-local copies of what the database or
 * the host says, never the truth: on a Data Center cluster another node's change shows here
 * once the entry expires, so entries live seconds, not minutes.
 */
public final class TtlCache<K, V> {
    private final Clock clock;
    private final long ttlMillis;
    private final Map<K, Slot<V>> entries;

    public TtlCache(Clock clock, long ttlMillis, int maxEntries) {
        this.clock = clock;
        this.ttlMillis = ttlMillis;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Slot<V>> eldest) {
                return size() > maxEntries;
            }
        };
    }

    public V get(K key, Function<K, V> loader) {
        long now = clock.millis();
        synchronized (entries) {
            Slot<V> hit = entries.get(key);
            if (hit != null && hit.expiresAt > now) {
                return hit.value;
            }
        }
        V value = loader.apply(key);
        synchronized (entries) {
            entries.put(key, new Slot<>(value, now + ttlMillis));
        }
        return value;
    }

    public void invalidateAll() {
        synchronized (entries) {
            entries.clear();
        }
    }

    private static final class Slot<V> {
        final V value;
        final long expiresAt;

        Slot(V value, long expiresAt) {
            this.value = value;
            this.expiresAt = expiresAt;
        }
    }
}
