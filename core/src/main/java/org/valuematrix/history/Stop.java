package org.valuematrix.history;

/**
 * This node's request that its run stop before the next batch. A run is never interrupted: an
 * interrupt during the database's file I/O closes H2's file channel and with it the database.
 */
final class Stop {
    private boolean requested;
    private long pausedNanos;

    synchronized void request() {
        requested = true;
        notifyAll();
    }

    synchronized boolean requested() {
        return requested;
    }

    /** @return false when a stop was requested before or during the pause */
    synchronized boolean pause(long millis) {
        long from = System.nanoTime();
        long until = from + millis * 1_000_000;
        try {
            for (long left = millis; !requested && left > 0; left = (until - System.nanoTime()) / 1_000_000) {
                wait(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            pausedNanos += System.nanoTime() - from;
        }
        return !requested;
    }

    /** @return how long this node's runs have paused so far, for measurements */
    synchronized long pausedMillis() {
        return pausedNanos / 1_000_000;
    }
}
