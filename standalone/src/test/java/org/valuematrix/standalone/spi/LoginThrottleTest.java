package org.valuematrix.standalone.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Five failed logins lock a name for ten minutes; names are counted alike whether they exist or not. */
class LoginThrottleTest {
    private final Ticking clock = new Ticking();
    private final LoginThrottle target = new LoginThrottle(clock);

    @Test
    void fiveFailures_shouldLockTheNameForTenMinutes() {
        for (int i = 1; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThat(target.failed("alice")).as("failure %d", i).isZero();
        }

        assertThat(target.failed("alice")).isEqualTo(Duration.ofMinutes(10));
        clock.advance(Duration.ofMinutes(9));
        assertThat(target.lockedFor("alice")).isEqualTo(Duration.ofMinutes(1));
        assertThat(target.lockedFor("ALICE ")).as("as typed otherwise").isEqualTo(Duration.ofMinutes(1));
        assertThat(target.lockedFor("bob")).isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(target.lockedFor("alice")).isZero();
    }

    @Test
    void afterTheLock_shouldAllowFiveMoreTries() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            target.failed("nobody");
        }
        clock.advance(LoginThrottle.LOCK);

        for (int i = 1; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThat(target.failed("nobody")).isZero();
        }
        assertThat(target.failed("nobody")).isPositive();
    }

    @Test
    void success_shouldForgetTheFailures() {
        for (int i = 1; i < LoginThrottle.MAX_FAILURES; i++) {
            target.failed("alice");
        }
        target.succeeded("alice");

        assertThat(target.failed("alice")).isZero();
    }

    @Test
    void failuresOlderThanTheLockPeriod_shouldBeForgotten() {
        for (int i = 1; i < LoginThrottle.MAX_FAILURES; i++) {
            target.failed("alice");
        }
        clock.advance(LoginThrottle.LOCK.plusSeconds(1));

        assertThat(target.failed("alice")).isZero();
    }

    @Test
    void manyNames_shouldKeepMemoryBounded() {
        for (int i = 0; i < LoginThrottle.MAX_NAMES + 10; i++) {
            target.failed("name" + i);
        }
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            target.failed("alice");
        }

        assertThat(target.size()).isEqualTo(LoginThrottle.MAX_NAMES);
        assertThat(target.lockedFor("alice")).isPositive();
    }

    /** A clock that moves only when told. */
    private static final class Ticking extends Clock {
        private Instant now = Instant.parse("2026-03-01T09:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
