package org.valuematrix.standalone.spi;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Failed logins per user name, for the login form and HTTP Basic alike. After
 * {@value #MAX_FAILURES} failures in a row the name is locked for {@link #LOCK}; while locked,
 * every attempt is refused, the right password included (Confluence and Jira ask for a CAPTCHA
 * after a few failures instead; this host has none). Names that exist and names that do not are
 * counted and locked alike, so a lock tells nothing about who has an account. A failure older
 * than the lock period is forgotten; a success forgets them all.
 *
 * <p>Only this node's memory, bounded to the {@value #MAX_NAMES} names tried most recently:
 * someone who tries more names than that pushes older counts out.
 */
public class LoginThrottle {
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK = Duration.ofMinutes(10);
    static final int MAX_NAMES = 10_000;

    private final Clock clock;
    private final Map<String, Failures> byName = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > MAX_NAMES;
        }
    };

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** @return how much longer the name is locked; zero when it may try */
    public synchronized Duration lockedFor(String username) {
        Failures f = byName.get(normal(username));
        long left = f == null ? 0 : f.lockedUntil - clock.millis();
        return left > 0 ? Duration.ofMillis(left) : Duration.ZERO;
    }

    /** Counts a failed attempt. @return how long the name is now locked (zero while it may still try) */
    public synchronized Duration failed(String username) {
        long now = clock.millis();
        Failures f = byName.computeIfAbsent(normal(username), k -> new Failures());
        if (now - f.lastFailure > LOCK.toMillis()) {
            f.count = 0;
        }
        f.count++;
        f.lastFailure = now;
        if (f.count >= MAX_FAILURES) {
            f.count = 0;
            f.lockedUntil = now + LOCK.toMillis();
        }
        return lockedFor(username);
    }

    public synchronized void succeeded(String username) {
        byName.remove(normal(username));
    }

    /** @return how many names are remembered */
    synchronized int size() {
        return byName.size();
    }

    private static String normal(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private static final class Failures {
        int count;
        long lastFailure;
        long lockedUntil;
    }
}
