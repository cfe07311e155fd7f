package com.atlassian.scheduler.config;

import java.util.Objects;

/**
 * Re-declaration (final class, as in atlassian-scheduler-api) of a job's configuration. Unlike
 * most re-declarations it holds its values, as the real immutable value does ({@code equals} is
 * part of its API), so the adapter's tests can see what the plugin schedules.
 *
 * <p>Checked against: docs.atlassian.com atlassian-scheduler-api 1.6.0 apidocs {@code com.atlassian.scheduler.config.JobConfig}
 * ({@code @Immutable @PublicApi public final class JobConfig}; {@code static JobConfig
 * forJobRunnerKey(JobRunnerKey)}, {@code JobConfig withRunMode(RunMode)}, {@code JobConfig
 * withSchedule(Schedule)} each "returns a copy of this job config", {@code getJobRunnerKey()},
 * {@code getRunMode()}, {@code getSchedule()}, {@code boolean equals(Object)}).
 */
public final class JobConfig {
    private final JobRunnerKey jobRunnerKey;
    private final RunMode runMode;
    private final Schedule schedule;

    private JobConfig(JobRunnerKey jobRunnerKey, RunMode runMode, Schedule schedule) {
        this.jobRunnerKey = Objects.requireNonNull(jobRunnerKey, "jobRunnerKey");
        this.runMode = runMode;
        this.schedule = schedule;
    }

    /** A configuration for the runner, run once per cluster and as soon as possible, as the real default. */
    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        return new JobConfig(jobRunnerKey, RunMode.RUN_ONCE_PER_CLUSTER, Schedule.forInterval(0, null));
    }

    public JobConfig withRunMode(RunMode runMode) {
        return new JobConfig(jobRunnerKey, runMode, schedule);
    }

    public JobConfig withSchedule(Schedule schedule) {
        return new JobConfig(jobRunnerKey, runMode, schedule);
    }

    public JobRunnerKey getJobRunnerKey() {
        return jobRunnerKey;
    }

    public RunMode getRunMode() {
        return runMode;
    }

    public Schedule getSchedule() {
        return schedule;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof JobConfig)) {
            return false;
        }
        JobConfig other = (JobConfig) o;
        return jobRunnerKey.equals(other.jobRunnerKey) && runMode == other.runMode
                && Objects.equals(schedule, other.schedule);
    }

    @Override
    public int hashCode() {
        return Objects.hash(jobRunnerKey, runMode, schedule);
    }

    @Override
    public String toString() {
        return "JobConfig[" + jobRunnerKey + ", " + runMode + ", " + schedule + "]";
    }
}
