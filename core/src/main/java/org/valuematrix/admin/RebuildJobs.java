package org.valuematrix.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.valuematrix.matrix.MatrixSettingsStore;
import org.valuematrix.matrix.ao.AORollupState;
import org.valuematrix.matrix.rollup.RollupRebuild;
import org.valuematrix.matrix.rollup.RollupStates;

/**
 * Rebuilds of the rollups, requested by an administrator or by a change of the organisation's
 * time zone, run in the background once per cluster.
 *
 * <p>The {@link AORollupState} row is the whole state, on every node: a request turns it
 * {@code queued}; a run claims it ({@code running}, with a token of its own) and goes page by page,
 * recording its progress and a heartbeat; it ends {@code done} or {@code failed}. Every change of
 * the row happens in a transaction that holds every ingest stripe ({@link RollupRebuild.Exclusive}),
 * so two nodes never both claim a rebuild, and a second request while one is queued or running is
 * refused. The node that accepted a request starts the run at once on a thread of its own; the
 * scheduled job ({@link #runDue()}, on any node) starts a queued rebuild whose node went away and
 * takes over a running one whose heartbeat is older than {@link #STALE}, from where it stood.
 */
public class RebuildJobs implements AutoCloseable {
    /** A run that wrote no page for this long is taken to be dead. */
    static final Duration STALE = Duration.ofMinutes(5);
    private static final Logger LOG = LoggerFactory.getLogger(RebuildJobs.class);

    /** The answer to a request: accepted or not, and the state after it. */
    public static final class Request {
        private final boolean accepted;
        private final Map<String, Object> status;

        Request(boolean accepted, Map<String, Object> status) {
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

    private final RollupStates states;
    private final RollupRebuild rebuild;
    private final RollupRebuild.Exclusive exclusive;
    private final RollupRebuild.Rewrite reclassification;
    private final MatrixSettingsStore settings;
    private final AuditLog audit;
    private final Clock clock;
    private final ExecutorService own;
    private final Executor runner;

    /** Runs accepted requests on a thread of its own, which {@link #close()} stops. */
    public RebuildJobs(RollupStates states, RollupRebuild rebuild, RollupRebuild.Exclusive exclusive,
            RollupRebuild.Rewrite reclassification, MatrixSettingsStore settings, AuditLog audit, Clock clock) {
        this(states, rebuild, exclusive, reclassification, settings, audit, clock, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "value-matrix-rollup-rebuild");
            t.setDaemon(true);
            return t;
        }));
    }

    /** @param runner where an accepted request starts {@link #runDue()} on this node */
    public RebuildJobs(RollupStates states, RollupRebuild rebuild, RollupRebuild.Exclusive exclusive,
            RollupRebuild.Rewrite reclassification, MatrixSettingsStore settings, AuditLog audit, Clock clock,
            Executor runner) {
        this.runner = runner;
        this.own = runner instanceof ExecutorService ? (ExecutorService) runner : null;
        this.states = states;
        this.rebuild = rebuild;
        this.exclusive = exclusive;
        this.reclassification = reclassification;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** @return the state of the last rebuild, as the database holds it now */
    public Map<String, Object> status() {
        return describe(states.row());
    }

    /**
     * Queues a rebuild unless one is queued or running, records the request in the audit list in
     * the same transaction, and starts it on this node.
     */
    public Request request(boolean reclassify, String user) {
        Request r = exclusive.run(() -> {
            AORollupState row = states.row();
            if (isActive(row)) {
                return new Request(false, describe(row));
            }
            queue(row, reclassify, user);
            audit.record(user, AuditLog.REBUILD_REQUESTED, null, reclassify ? "reclassify" : null);
            return new Request(true, describe(states.row()));
        });
        if (r.accepted()) {
            start();
        }
        return r;
    }

    /** @return whether the rollups are, or will be, rebuilt into a zone other than the settings' */
    public boolean needed() {
        AORollupState row = states.row();
        return isActive(row) || !same(ZoneId.of(row.getZone()), settings.stored().timeZone());
    }

    /** Runs whatever rebuild is due, here: the scheduled job, and this node's own requests. */
    public void runDue() {
        while (due(states.row())) {
            String token = UUID.randomUUID().toString();
            if (!exclusive.run(() -> claim(token))) {
                return;
            }
            run(token);
        }
    }

    /** Starts {@link #runDue()} on this node's rebuild thread. */
    public void start() {
        try {
            runner.execute(this::runDue);
        } catch (RejectedExecutionException e) {
            LOG.debug("Value Matrix is stopping; the scheduled job will run the rebuild", e);
        }
    }

    @Override
    public void close() {
        if (own != null) {
            own.shutdownNow();
        }
    }

    // Read without the stripes first, so that an idle cluster's job does not stop ingest each minute.
    private boolean due(AORollupState row) {
        return "queued".equals(row.getState())
                || "running".equals(row.getState()) && row.getHeartbeatAt() < clock.millis() - STALE.toMillis();
    }

    private boolean claim(String token) {
        AORollupState row = states.row();
        if (!due(row)) {
            return false;
        }
        if ("queued".equals(row.getState())) {
            long total = rebuild.begin(settings.stored().timeZone());
            row.setEventsTotal(total);
            row.setEventsDone(0);
            row.setStartedAt(clock.millis());
            row.setFinishedAt(0);
            row.setFailure(null);
        }
        row.setState("running");
        row.setRunner(token);
        row.setHeartbeatAt(clock.millis());
        row.save();
        return true;
    }

    private void run(String token) {
        try {
            while (true) {
                Boolean more = exclusive.run(() -> step(token));
                if (more == null || !more) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.error("Value Matrix could not rebuild the rollups", e);
            String failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            exclusive.run(() -> {
                AORollupState row = states.row();
                if (token.equals(row.getRunner()) && "running".equals(row.getState())) {
                    row.setState("failed");
                    row.setFailure(failure.length() > 400 ? failure.substring(0, 400) : failure);
                    row.setFinishedAt(clock.millis());
                    row.save();
                }
                return null;
            });
        }
    }

    /** @return whether there is more to do; null when another run holds the rebuild now */
    private Boolean step(String token) {
        AORollupState row = states.row();
        if (!token.equals(row.getRunner()) || !"running".equals(row.getState())) {
            return null;
        }
        RollupRebuild.Step step = rebuild.next(row.isReclassify() ? reclassification : RollupRebuild.Rewrite.NONE);
        row.setEventsDone(row.getEventsDone() + step.read());
        row.setHeartbeatAt(clock.millis());
        if (step.finished()) {
            row.setState("done");
            row.setFinishedAt(clock.millis());
            row.save();
            ZoneId wanted = settings.stored().timeZone();
            if (!same(ZoneId.of(states.row().getZone()), wanted)) {
                // The zone changed again while this rebuild ran: the next one follows at once.
                queue(states.row(), false, AuditLog.SYSTEM);
                audit.record(AuditLog.SYSTEM, AuditLog.REBUILD_REQUESTED, null, "timeZone " + wanted.getId());
            }
            return false;
        }
        row.save();
        return true;
    }

    private void queue(AORollupState row, boolean reclassify, String user) {
        row.setState("queued");
        row.setReclassify(reclassify);
        row.setRequestedBy(user);
        row.setRequestedAt(clock.millis());
        row.setEventsDone(0);
        row.setEventsTotal(0);
        row.setStartedAt(0);
        row.setFinishedAt(0);
        row.setFailure(null);
        row.setRunner(null);
        row.save();
    }

    // UTC and Z count days alike, whatever the host or the settings call it.
    private static boolean same(ZoneId a, ZoneId b) {
        return a.normalized().equals(b.normalized());
    }

    private static boolean isActive(AORollupState row) {
        return "queued".equals(row.getState()) || "running".equals(row.getState());
    }

    private static Map<String, Object> describe(AORollupState row) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("state", row.getState());
        out.put("reclassify", row.isReclassify());
        Map<String, Object> progress = new LinkedHashMap<>();
        progress.put("done", row.getEventsDone());
        progress.put("total", Math.max(row.getEventsTotal(), row.getEventsDone()));
        out.put("progress", progress);
        out.put("zone", row.getZone());
        out.put("requestedBy", row.getRequestedBy());
        out.put("requestedAt", instant(row.getRequestedAt()));
        out.put("startedAt", instant(row.getStartedAt()));
        out.put("finishedAt", instant(row.getFinishedAt()));
        out.put("error", row.getFailure());
        return out;
    }

    private static String instant(long millis) {
        return millis == 0 ? null : Instant.ofEpochMilli(millis).toString();
    }
}
