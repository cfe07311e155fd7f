package org.valuematrix.history;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.valuematrix.history.ao.AOHistoryImport;

/**
 * The history import, once per cluster, in the background, resumable and cancellable.
 *
 * <p>The {@link AOHistoryImport} row is the whole state, on every node: a request turns it
 * {@code queued}; a run claims it ({@code running}, with a token of its own) and imports batch
 * after batch ({@link ImportRun}), storing its checkpoint and a heartbeat after each; it ends
 * {@code done}, {@code failed} or, when an administrator cancels, {@code cancelled}. Every change
 * of the row happens under its row lock ({@link ImportRow#locked}), so two nodes never both claim
 * the import and a second request while one is queued or running is refused. The node that
 * accepted a request starts the run at once on a thread of its own; the scheduled job
 * ({@link #runDue()}, on any node) starts a queued import whose node went away and takes over a
 * running one whose heartbeat is older than the stale limit, from its checkpoint.
 */
public class HistoryImports implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HistoryImports.class);
    static final Duration CLOSE_WAIT = Duration.ofSeconds(30);

    /** The answer to a request or a cancellation: done or refused, and the state after it. */
    public static final class Answer {
        private final boolean accepted;
        private final Map<String, Object> status;

        Answer(boolean accepted, Map<String, Object> status) {
            this.accepted = accepted;
            this.status = status;
        }

        public boolean accepted() {
            return accepted;
        }

        public Map<String, Object> status() {
            return status;
        }
    }

    private final ImportRow rows;
    private final ImportRun run;
    private final Stop stop;
    private final Supplier<ZoneId> zone;
    private final Clock clock;
    private final Duration stale;
    private final long defaultPauseMillis;
    private final ExecutorService own;
    private final Executor runner;

    /**
     * @param zone the organisation's time zone, in which a {@code since} day starts
     * @param stale how long a run may go without finishing a batch before another node takes over
     * @param defaultPauseMillis the pause after each second of a batch's work when a request names none
     * @param runner where an accepted request starts {@link #runDue()} on this node
     */
    @SuppressWarnings("checkstyle:ParameterNumber")
    HistoryImports(ImportRow rows, ImportRun run, Stop stop, Supplier<ZoneId> zone, Clock clock, Duration stale,
            long defaultPauseMillis, Executor runner) {
        this.rows = rows;
        this.stop = stop;
        this.run = run;
        this.zone = zone;
        this.clock = clock;
        this.stale = stale;
        this.defaultPauseMillis = defaultPauseMillis;
        this.runner = runner;
        this.own = runner instanceof ExecutorService ? (ExecutorService) runner : null;
    }

    /** @return the state and progress of the last import, as the database holds it now */
    public Map<String, Object> status() {
        return ImportStatus.describe(rows.read(), clock.millis());
    }

    /** @return how long this node's import runs have paused between batches so far (the throttle), for measurements */
    public long pausedMillis() {
        return stop.pausedMillis();
    }

    /**
     * Queues an import unless one is queued or running, and starts it on this node.
     *
     * @param since the first day to import, in the organisation's zone; null: everything
     * @param pauseMillis the pause after each second a batch took; null: the default
     */
    public Answer request(String user, LocalDate since, Long pauseMillis) {
        long sinceMillis = since == null ? 0 : since.atStartOfDay(zone.get()).toInstant().toEpochMilli();
        Answer a = rows.locked(row -> {
            if (isActive(row)) {
                return new Answer(false, ImportStatus.describe(row, clock.millis()));
            }
            row.setState("queued");
            row.setSinceDay(since == null ? null : since.toString());
            row.setSince(sinceMillis);
            row.setPauseMillis(pauseMillis == null ? defaultPauseMillis : pauseMillis);
            row.setContainerKey(null);
            row.setPosition(null);
            row.setItemsDone(0);
            row.setItemsTotal(0);
            row.setEventsRead(0);
            row.setEventsStored(0);
            row.setRequestedBy(user);
            row.setRequestedAt(clock.millis());
            row.setStartedAt(0);
            row.setFinishedAt(0);
            row.setHeartbeatAt(0);
            row.setRunner(null);
            row.setFailure(null);
            ImportRow.save(row);
            return new Answer(true, ImportStatus.describe(row, clock.millis()));
        });
        if (a.accepted()) {
            start();
        }
        return a;
    }

    /** Cancels the queued or running import: the run stops before its next batch. */
    public Answer cancel(String user) {
        return rows.locked(row -> {
            if (!isActive(row)) {
                return new Answer(false, ImportStatus.describe(row, clock.millis()));
            }
            LOG.info("Value Matrix history import cancelled by {}", user);
            row.setState("cancelled");
            row.setRunner(null);
            row.setFinishedAt(clock.millis());
            ImportRow.save(row);
            return new Answer(true, ImportStatus.describe(row, clock.millis()));
        });
    }

    /** Runs the import if it is due here: the scheduled job, and this node's own requests. */
    public void runDue() {
        while (!stop.requested() && due(rows.read())) {
            String token = UUID.randomUUID().toString();
            Boolean fresh = rows.locked(row -> claim(row, token));
            if (fresh == null) {
                return;
            }
            if (fresh) {
                run.countTotal(token);
            }
            if (!run.run(token)) {
                return;
            }
        }
    }

    /**
     * For a host that runs on one node only (the standalone host), at its start: a run the row
     * says is running cannot be alive, so it is resumed now rather than when it turns stale.
     */
    public void resumeAbandoned() {
        rows.locked(row -> {
            if ("running".equals(row.getState())) {
                row.setHeartbeatAt(0);
                ImportRow.save(row);
            }
            return null;
        });
        start();
    }

    /** Starts {@link #runDue()} on this node's import thread. */
    public void start() {
        try {
            runner.execute(this::runDue);
        } catch (RejectedExecutionException e) {
            LOG.debug("Value Matrix is stopping; the scheduled job will run the history import", e);
        }
    }

    /**
     * Stops this node's run after the batch in progress (within {@link #CLOSE_WAIT}), leaving the
     * import {@code running} for another node, or this one's next start, to resume.
     */
    @Override
    public void close() {
        stop.request();
        if (own != null) {
            own.shutdown();
            try {
                if (!own.awaitTermination(CLOSE_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                    LOG.warn("Value Matrix history import did not stop within {}", CLOSE_WAIT);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // Read without the lock first, so that an idle cluster's job costs one select.
    private boolean due(AOHistoryImport row) {
        return "queued".equals(row.getState())
                || "running".equals(row.getState()) && row.getHeartbeatAt() < clock.millis() - stale.toMillis();
    }

    /** @return null when not due any more; true when a queued import starts, false when a stale one resumes */
    private Boolean claim(AOHistoryImport row, String token) {
        if (!due(row)) {
            return null;
        }
        boolean fresh = "queued".equals(row.getState());
        if (fresh) {
            row.setStartedAt(clock.millis());
        } else {
            LOG.info("Value Matrix resumes the history import in {} after a run that stopped", row.getContainerKey());
        }
        row.setState("running");
        row.setRunner(token);
        row.setHeartbeatAt(clock.millis());
        ImportRow.save(row);
        return fresh;
    }

    static boolean isActive(AOHistoryImport row) {
        return "queued".equals(row.getState()) || "running".equals(row.getState());
    }
}
