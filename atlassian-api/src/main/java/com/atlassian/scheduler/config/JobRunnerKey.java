package com.atlassian.scheduler.config;

import java.util.Objects;

/**
 * Re-declaration (final class, as in atlassian-scheduler-api) of the key a job runner is
 * registered under. Unlike most re-declarations it holds its value, as the real immutable value
 * does, so the adapter's tests can see what the plugin registers.
 *
 * <p>Checked against: docs.atlassian.com atlassian-scheduler-api 1.6.0 apidocs package summary of {@code com.atlassian.scheduler.config}
 * ({@code JobRunnerKey}: "a wrapper to distinguish job runner keys from simple strings") and
 * {@code static of(String)} as used by the {@code SchedulerService} examples.
 */
public final class JobRunnerKey {
    private final String key;

    private JobRunnerKey(String key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    public static JobRunnerKey of(String key) {
        return new JobRunnerKey(key);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobRunnerKey && ((JobRunnerKey) o).key.equals(key);
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
