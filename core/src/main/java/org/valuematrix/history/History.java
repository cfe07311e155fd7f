package org.valuematrix.history;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.valuematrix.ValueMatrix;
import org.valuematrix.history.rest.HistoryImportResource;
import org.valuematrix.history.web.HistoryPageServlet;
import org.valuematrix.spi.Authentication;
import org.valuematrix.spi.ContentHistory;
import org.valuematrix.spi.Messages;
import org.valuematrix.spi.Scheduler;
import org.valuematrix.spi.TemplateRenderer;
import org.valuematrix.spi.WebResources;

/**
 * The history import's composition: the job, its REST resource and its page, built on core's
 * {@link ValueMatrix} and the host's {@link ContentHistory}. Hosts build it next to
 * {@code ValueMatrix} and close it before it.
 */
public class History implements AutoCloseable {
    /** The job that starts a queued import, or resumes one whose node went away. */
    public static final String IMPORT_JOB = ValueMatrix.PLUGIN_KEY + ":history-import";

    /**
     * How an import goes: items per host read, events per batch, the default pause, when a run
     * counts as dead. A batch reads the next items (of one container or of several in turn) until
     * it holds {@code batchEvents} events, stores them in one ingest call, then records the
     * checkpoint; few large calls cost ingest about what live capture's calls cost per event. The
     * pause after a batch is proportional to the batch's work, so a slow site (a loaded database,
     * a long host read) is spared as much as a fast one.
     */
    public static final class Tuning {
        /** Events per batch by default: the capture path's batch, so both pay ingest's per-call costs alike. */
        public static final int DEFAULT_BATCH_EVENTS = 1_000;

        final int batchItems;
        final int batchEvents;
        final long pauseMillis;
        final Duration stale;

        /**
         * @param batchItems the most items one host read asks for
         * @param batchEvents a batch stops reading once it holds this many events (1: one host read a batch)
         * @param pauseMillis the default pause after each second a batch took (0: none)
         * @param stale how long a run may go without finishing a batch before another node takes over
         */
        public Tuning(int batchItems, int batchEvents, long pauseMillis, Duration stale) {
            this.batchItems = batchItems;
            this.batchEvents = Math.max(1, batchEvents);
            this.pauseMillis = pauseMillis;
            this.stale = stale;
        }

        /** With {@link #DEFAULT_BATCH_EVENTS} events a batch. */
        public Tuning(int batchItems, long pauseMillis, Duration stale) {
            this(batchItems, DEFAULT_BATCH_EVENTS, pauseMillis, stale);
        }

        public int batchItems() {
            return batchItems;
        }

        public int batchEvents() {
            return batchEvents;
        }

        public long pauseMillis() {
            return pauseMillis;
        }

        /**
         * 50 items a host read, 1,000 events a batch, a pause of 100 ms after each second of work
         * (the import keeps at most about 90 % of one core and of the database's writer); a run
         * that finished no batch for 3 minutes is dead.
         */
        public static Tuning defaults() {
            return new Tuning(50, DEFAULT_BATCH_EVENTS, 100, Duration.ofMinutes(3));
        }
    }

    private final Scheduler scheduler;
    private final HistoryImports imports;
    private final HistoryImportResource resource;
    private final HistoryPageServlet page;

    @SuppressWarnings("checkstyle:ParameterNumber")
    public History(ValueMatrix vm, ContentHistory host, Authentication authentication, TemplateRenderer templates,
            Messages messages, WebResources web, Scheduler scheduler, Clock clock) {
        this(vm, host, authentication, templates, messages, web, scheduler, clock, Tuning.defaults(),
                Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "value-matrix-history-import");
                    t.setDaemon(true);
                    return t;
                }));
    }

    /** @param runner where an accepted request starts the import on this node */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public History(ValueMatrix vm, ContentHistory host, Authentication authentication, TemplateRenderer templates,
            Messages messages, WebResources web, Scheduler scheduler, Clock clock, Tuning tuning, Executor runner) {
        this.scheduler = scheduler;
        ImportRow rows = new ImportRow(vm.entityAccess());
        rows.ensure();
        Stop stop = new Stop();
        ImportRun run = new ImportRun(rows, host, vm.ingest(), clock, tuning.batchItems, tuning.batchEvents, stop);
        this.imports = new HistoryImports(rows, run, stop, () -> vm.matrixSettings().stored().timeZone(), clock, tuning.stale,
                tuning.pauseMillis, runner);
        this.resource = new HistoryImportResource(imports, vm.caller());
        this.page = new HistoryPageServlet(authentication, vm.caller(), imports, templates, messages, web);
        scheduler.schedule(IMPORT_JOB, Duration.ofMinutes(1), Duration.ofMinutes(1), imports::runDue);
    }

    public HistoryImports imports() {
        return imports;
    }

    /** {@code /rest/value-matrix/1.0/admin/history-import}. */
    public HistoryImportResource resource() {
        return resource;
    }

    /** The page at {@code /plugins/servlet/value-matrix/admin/history}. */
    public HistoryPageServlet pageServlet() {
        return page;
    }

    /** Stops this node's part: the scheduled job and a run in progress here (another node, or the next start, resumes it). */
    @Override
    public void close() {
        scheduler.unschedule(IMPORT_JOB);
        imports.close();
    }
}
