package com.atlassian.scheduler.config;

import java.util.Date;
import java.util.Objects;

/**
 * Re-declaration (final class, as in atlassian-scheduler-api) of when a job runs; only the
 * interval kind. Unlike most re-declarations it holds its values, as the real immutable value
 * does ({@code equals} is part of its API), so the adapter's tests can see what the plugin
 * schedules.
 *
 * <p>Checked against: docs.atlassian.com atlassian-scheduler-api 1.6.0 apidocs {@code com.atlassian.scheduler.config.Schedule}
 * ({@code @Immutable @PublicApi public final class Schedule}; {@code static Schedule
 * forInterval(long intervalInMillis, Date firstRunTime)}, "creates a new schedule that will run
 * periodically with the given interval"; {@code boolean equals(Object)}).
 */
public final class Schedule {
    private final long intervalInMillis;
    private final Date firstRunTime;

    private Schedule(long intervalInMillis, Date firstRunTime) {
        this.intervalInMillis = intervalInMillis;
        this.firstRunTime = firstRunTime == null ? null : new Date(firstRunTime.getTime());
    }

    /** @param firstRunTime when the first run is due; null for as soon as possible */
    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(intervalInMillis, firstRunTime);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Schedule)) {
            return false;
        }
        Schedule other = (Schedule) o;
        return intervalInMillis == other.intervalInMillis && Objects.equals(firstRunTime, other.firstRunTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(intervalInMillis, firstRunTime);
    }

    @Override
    public String toString() {
        return "Schedule[interval=" + intervalInMillis + "ms, firstRunTime=" + firstRunTime + "]";
    }
}
