package org.valuematrix.matrix;

import java.time.Duration;

/**
 * A page, blog post or issue behind a time-to-first-response or cycle-time median: how long it
 * took, and whether it involved another team (an across or external interaction on it before it
 * was answered or resolved; value-matrix.md, "Benefit evidence").
 */
public final class WorkItem {
    private final Duration duration;
    private final boolean crossedBoundary;

    public WorkItem(Duration duration, boolean crossedBoundary) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("a duration is never negative");
        }
        this.duration = duration;
        this.crossedBoundary = crossedBoundary;
    }

    public Duration duration() {
        return duration;
    }

    public boolean crossedBoundary() {
        return crossedBoundary;
    }
}
