package org.valuematrix.spi;

import java.time.Duration;

/**
 * Background work that is due again and again, such as deleting what nobody uses any more (hosts:
 * atlassian-scheduler, once per cluster each time the job is due; standalone: a thread of its
 * single node).
 *
 * <p>Contract for jobs: a job must not assume it is the only run in the cluster (a host may run it
 * on two nodes around a failover), must finish in minutes, and may throw: the host logs the failure
 * and runs the job again when it is next due.
 */
public interface Scheduler {

    /**
     * Runs the job every {@code interval}, on one node of the cluster each time. Scheduling a key
     * again replaces its schedule.
     *
     * @param key unique per job, prefixed by the plugin key
     * @param firstAfter how long after now the first run is due
     * @param interval time between the runs
     * @param job what to do
     */
    void schedule(String key, Duration firstAfter, Duration interval, Runnable job);

    /**
     * This node stops running the job (the plugin is being disabled or the host stops). The host
     * may keep the cluster's schedule for nodes that still run the plugin.
     */
    void unschedule(String key);
}
