package com.atlassian.scheduler.config;

import java.util.Objects;

/**
 * Re-declaration (final class, as in atlassian-scheduler-api) of the id a job is scheduled
 * under. Unlike most re-declarations it holds its value, as the real immutable value
 * does, so the adapter's tests can see what the plugin schedules.
 *
 * <p>Checked against: docs.atlassian.com atlassian-scheduler-api 1.6.0 apidocs package summary of {@code com.atlassian.scheduler.config}
 * ({@code JobId}: "a wrapper to distinguish job IDs from simple strings") and
 * {@code static of(String)} and {@code compareTo(JobId)} in the index.
 */
public final class JobId {
    private final String key;

    private JobId(String key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    public static JobId of(String key) {
        return new JobId(key);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobId && ((JobId) o).key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
