package org.valuematrix.plugin.common;

import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.valuematrix.spi.Scheduler;

/**
 * {@link Scheduler} over atlassian-scheduler, which both products provide: each job runs once per
 * cluster each time it is due, and its schedule is stored in the product's database. Each node
 * registers the job's runner when the plugin starts and removes it when the plugin stops; the
 * schedule stays for the nodes still running the plugin.
 */
public class AtlassianScheduler implements Scheduler {
    private static final Logger LOG = LoggerFactory.getLogger(AtlassianScheduler.class);

    private final SchedulerService scheduler;
    private final Clock clock;

    public AtlassianScheduler(SchedulerService scheduler, Clock clock) {
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @Override
    public void schedule(String key, Duration firstAfter, Duration interval, Runnable job) {
        JobRunnerKey runner = JobRunnerKey.of(key);
        scheduler.registerJobRunner(runner, request -> run(key, job));
        JobConfig config = JobConfig.forJobRunnerKey(runner)
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(interval.toMillis(), new Date(clock.millis() + firstAfter.toMillis())));
        try {
            scheduler.scheduleJob(JobId.of(key), config);
        } catch (SchedulerServiceException e) {
            // The plugin still serves streams without its maintenance; the next start tries again.
            LOG.error("Could not schedule {}; it will not run until the plugin is enabled again", key, e);
        }
    }

    @Override
    public void unschedule(String key) {
        scheduler.unregisterJobRunner(JobRunnerKey.of(key));
    }

    private static JobRunnerResponse run(String key, Runnable job) {
        try {
            job.run();
            return JobRunnerResponse.success();
        } catch (RuntimeException e) {
            LOG.warn("Scheduled job {} failed; it runs again when next due", key, e);
            return JobRunnerResponse.failed(e);
        }
    }
}
