package com.atlassian.scheduler;

/**
 * Compile-only re-declaration (interface, as in atlassian-scheduler-api) of a request to run a
 * job. Value Matrix reads none of its members.
 *
 * <p>Checked against: docs.atlassian.com atlassian-scheduler-api 1.6.0 apidocs package summary of {@code com.atlassian.scheduler}
 * ({@code JobRunnerRequest} is an interface: "a request to run a job, providing information such
 * as the job's configuration and intended start time").
 */
public interface JobRunnerRequest {
}
