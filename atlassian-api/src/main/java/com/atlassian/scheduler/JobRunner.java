package com.atlassian.scheduler;

/**
 * Compile-only re-declaration (interface, as in atlassian-scheduler-api) of the work a scheduled
 * job does.
 *
 * <p>Checked against: docs.atlassian.com atlassian-scheduler 2.0.0 apidocs
 * {@code com.atlassian.scheduler.JobRunner} ({@code @PublicSpi public interface JobRunner};
 * {@code @Nullable JobRunnerResponse runJob(JobRunnerRequest request)}; plugins register it when
 * enabled and unregister it when disabled) and docs.atlassian.com atlassian-scheduler-api 1.6.0 apidocs class-use of {@code JobRunnerResponse}.
 */
public interface JobRunner {

    /** @return how the run went; null counts as success */
    JobRunnerResponse runJob(JobRunnerRequest request);
}
