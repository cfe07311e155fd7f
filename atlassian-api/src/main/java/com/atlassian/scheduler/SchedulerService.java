package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;

/**
 * Compile-only re-declaration (interface, as in atlassian-scheduler-api) of the scheduler service
 * both products export to plugins. Only the members Value Matrix calls.
 *
 * <p>Checked against: docs.atlassian.com atlassian-scheduler-api 1.6.0 apidocs {@code com.atlassian.scheduler.SchedulerService}
 * ({@code @PublicApi public interface SchedulerService}; {@code void registerJobRunner(JobRunnerKey,
 * JobRunner)}, {@code void unregisterJobRunner(JobRunnerKey)}, {@code void scheduleJob(JobId,
 * JobConfig) throws SchedulerServiceException}) and its class-use page for
 * {@code SchedulerServiceException}; the same signatures are listed for Bamboo 9.2's
 * {@code AtlassianSchedulerServiceImpl} and Crowd 5.0's {@code InternalLocalScheduler}.
 */
public interface SchedulerService {

    void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

    void unregisterJobRunner(JobRunnerKey jobRunnerKey);

    void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;
}
