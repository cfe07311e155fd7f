package org.valuematrix.activity.ingest;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Pauses between attempts of a transaction that met another writer: exponential from a few
 * milliseconds, capped, jittered so that writers who met once do not meet again in step, and
 * bounded in total so a database that keeps refusing still ends in an error.
 */
final class Backoff {
    static final long FIRST_PAUSE_MILLIS = 5;
    static final long LONGEST_PAUSE_MILLIS = 500;
    static final long BUDGET_MILLIS = 30_000;

    private final long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BUDGET_MILLIS);
    private long pause = FIRST_PAUSE_MILLIS;

    /** @return false, without pausing, once the budget is spent */
    boolean pause() {
        if (System.nanoTime() >= deadline) {
            return false;
        }
        long millis = pause / 2 + ThreadLocalRandom.current().nextLong(pause / 2 + 1);
        pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
