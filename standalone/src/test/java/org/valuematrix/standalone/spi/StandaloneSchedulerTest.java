package org.valuematrix.standalone.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The standalone host's one background thread: jobs repeat, survive failures, and stop when asked. */
class StandaloneSchedulerTest {
    private static final Duration SOON = Duration.ofMillis(10);
    private static final Duration NEVER_WITHIN_A_TEST = Duration.ofHours(1);

    private final StandaloneScheduler scheduler = new StandaloneScheduler();

    @AfterEach
    void stop() {
        scheduler.close();
    }

    @Test
    void aJob_shouldRunAgainAndAgain() throws InterruptedException {
        CountDownLatch threeRuns = new CountDownLatch(3);

        scheduler.schedule("vm:repeat", SOON, SOON, threeRuns::countDown);

        assertThat(threeRuns.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aJob_shouldNotRunBeforeItsFirstRunIsDue() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch otherJobRan = new CountDownLatch(1);

        scheduler.schedule("vm:later", NEVER_WITHIN_A_TEST, SOON, runs::incrementAndGet);
        scheduler.schedule("vm:now", SOON, NEVER_WITHIN_A_TEST, otherJobRan::countDown);

        assertThat(otherJobRan.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(runs).hasValue(0);
    }

    @Test
    void aFailingJob_shouldStillRunWhenNextDue() throws InterruptedException {
        CountDownLatch twoRuns = new CountDownLatch(2);

        scheduler.schedule("vm:fails", SOON, SOON, () -> {
            twoRuns.countDown();
            throw new IllegalStateException("database unreachable");
        });

        assertThat(twoRuns.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void unschedule_shouldStopTheJob_andLeaveTheOthers() throws InterruptedException {
        AtomicInteger stopped = new AtomicInteger();
        CountDownLatch stoppedRan = new CountDownLatch(1);
        scheduler.schedule("vm:stopped", SOON, SOON, () -> {
            stopped.incrementAndGet();
            stoppedRan.countDown();
        });
        assertThat(stoppedRan.await(10, TimeUnit.SECONDS)).isTrue();

        scheduler.unschedule("vm:stopped");
        int runsWhenStopped = stopped.get();
        CountDownLatch othersRan = new CountDownLatch(3);
        scheduler.schedule("vm:other", SOON, SOON, othersRan::countDown);

        assertThat(othersRan.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(stopped.get()).as("at most a run that had already started").isLessThanOrEqualTo(runsWhenStopped + 1);
    }

    @Test
    void schedulingAKeyAgain_shouldReplaceItsSchedule() throws InterruptedException {
        AtomicInteger first = new AtomicInteger();
        scheduler.schedule("vm:job", NEVER_WITHIN_A_TEST, NEVER_WITHIN_A_TEST, first::incrementAndGet);
        CountDownLatch secondRan = new CountDownLatch(2);

        scheduler.schedule("vm:job", SOON, SOON, secondRan::countDown);

        assertThat(secondRan.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(first).hasValue(0);
    }

    @Test
    void close_shouldWaitForARunInProgress() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        AtomicInteger finished = new AtomicInteger();
        scheduler.schedule("vm:slow", SOON, NEVER_WITHIN_A_TEST, () -> {
            started.countDown();
            sleep(300);
            finished.incrementAndGet();
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        scheduler.close();

        assertThat(finished).as("the run ended before close returned").hasValue(1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
