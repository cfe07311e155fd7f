package org.valuematrix.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.valuematrix.testing.MutableClock;

/** Node-local copies that live seconds, in bounded memory. */
class TtlCacheTest {
    private final MutableClock clock = new MutableClock(java.time.Instant.parse("2026-01-01T00:00:00Z"));
    private final AtomicInteger loads = new AtomicInteger();
    private final TtlCache<String, String> target = new TtlCache<>(clock, 5_000, 3);

    private String load(String key) {
        loads.incrementAndGet();
        return key + "#" + loads.get();
    }

    @Test
    void get_withinTheTtl_shouldNotLoadAgain() {
        assertThat(target.get("a", this::load)).isEqualTo("a#1");
        clock.advance(Duration.ofMillis(4_999));

        assertThat(target.get("a", this::load)).isEqualTo("a#1");
        assertThat(loads).hasValue(1);
    }

    @Test
    void get_afterTheTtl_shouldLoadAgain() {
        target.get("a", this::load);
        clock.advance(Duration.ofMillis(5_000));

        assertThat(target.get("a", this::load)).isEqualTo("a#2");
    }

    @Test
    void get_beyondMaxEntries_shouldEvictTheLeastRecentlyUsed() {
        target.get("a", this::load);
        target.get("b", this::load);
        target.get("c", this::load);
        target.get("a", this::load);
        target.get("d", this::load);

        target.get("a", this::load);
        assertThat(loads).as("a was used recently, so stays").hasValue(4);
        target.get("b", this::load);
        assertThat(loads).as("b was evicted").hasValue(5);
    }

    @Test
    void invalidateAll_shouldForgetEverything() {
        target.get("a", this::load);
        target.invalidateAll();

        assertThat(target.get("a", this::load)).isEqualTo("a#2");
    }

    @Test
    void get_nullKey_shouldBeCachedLikeAnyOther() {
        TtlCache<String, String> anonymous = new TtlCache<>(clock, 5_000, 3);
        anonymous.get(null, k -> "nobody" + loads.incrementAndGet());

        assertThat(anonymous.get(null, k -> "nobody" + loads.incrementAndGet())).isEqualTo("nobody1");
    }
}
