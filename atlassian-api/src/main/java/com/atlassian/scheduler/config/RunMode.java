package com.atlassian.scheduler.config;

/**
 * Compile-only re-declaration (enum, as in atlassian-scheduler-api) of how a job runs in a cluster.
 *
 * <p>Checked against: docs.atlassian.com atlassian-scheduler-api 1.6.0 apidocs {@code com.atlassian.scheduler.config.RunMode}
 * ({@code @PublicApi public enum RunMode}: {@code RUN_ONCE_PER_CLUSTER} "will only run on one node
 * of the cluster each time that it triggers" and its schedule persists across restarts,
 * {@code RUN_LOCALLY} "will apply only to this particular node").
 */
public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}
