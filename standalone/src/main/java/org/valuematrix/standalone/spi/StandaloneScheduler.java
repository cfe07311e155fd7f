package org.valuematrix.standalone.spi;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.valuematrix.spi.Scheduler;

/**
 * The standalone host is one node, so "once per cluster" is once here: one background thread runs
 * every job, a job's next run is due an interval after its last one ended, and runs never overlap.
 */
public class StandaloneScheduler implements Scheduler, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StandaloneScheduler.class);

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "value-matrix-scheduler");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, ScheduledFuture<?>> jobs = new ConcurrentHashMap<>();

    @Override
    public void schedule(String key, Duration firstAfter, Duration interval, Runnable job) {
        ScheduledFuture<?> scheduled = executor.scheduleWithFixedDelay(() -> run(key, job), firstAfter.toMillis(),
                interval.toMillis(), TimeUnit.MILLISECONDS);
        ScheduledFuture<?> replaced = jobs.put(key, scheduled);
        if (replaced != null) {
            replaced.cancel(false);
        }
    }

    @Override
    public void unschedule(String key) {
        ScheduledFuture<?> scheduled = jobs.remove(key);
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }

    private static void run(String key, Runnable job) {
        try {
            job.run();
        } catch (RuntimeException e) {
            // An exception would end the executor's repetition of this job for good.
            LOG.warn("Scheduled job {} failed; it runs again when next due", key, e);
        }
    }

    /** Stops every job, and waits a little for a run in progress, which may need the database. */
    @Override
    public void close() {
        jobs.clear();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("A scheduled job was still running when the host stopped");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
