package org.valuematrix.testing;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.valuematrix.spi.Scheduler;

/** A scheduler whose jobs run only when a test says so; it remembers what was scheduled. */
public final class ManualScheduler implements Scheduler {
    /** One scheduled job, as the host was asked to run it. */
    public static final class Job {
        public final Duration firstAfter;
        public final Duration interval;
        public final Runnable work;

        Job(Duration firstAfter, Duration interval, Runnable work) {
            this.firstAfter = firstAfter;
            this.interval = interval;
            this.work = work;
        }
    }

    private final Map<String, Job> jobs = new LinkedHashMap<>();

    @Override
    public synchronized void schedule(String key, Duration firstAfter, Duration interval, Runnable job) {
        jobs.put(key, new Job(firstAfter, interval, job));
    }

    @Override
    public synchronized void unschedule(String key) {
        jobs.remove(key);
    }

    public synchronized Optional<Job> job(String key) {
        return Optional.ofNullable(jobs.get(key));
    }

    /** Runs the job as the host would when it is due. */
    public void run(String key) {
        job(key).orElseThrow(() -> new AssertionError("no job scheduled under " + key)).work.run();
    }
}
