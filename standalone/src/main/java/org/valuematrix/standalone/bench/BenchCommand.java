package org.valuematrix.standalone.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.java.ao.EntityManager;
import org.valuematrix.Settings;
import org.valuematrix.ValueMatrix;
import org.valuematrix.activity.Classifier;
import org.valuematrix.activity.capture.QueuedActivityCapture;
import org.valuematrix.activity.ingest.EventIngest;
import org.valuematrix.ao.EntityManagerAccess;
import org.valuematrix.ao.EntityManagers;
import org.valuematrix.standalone.bench.BenchOrganisation.BenchContainer;
import org.valuematrix.standalone.bench.BenchOrganisation.BenchTeam;
import org.valuematrix.standalone.bench.IngestBenchmark.Rate;
import org.valuematrix.team.TeamKind;
import org.valuematrix.team.TeamStore;

/**
 * {@code java -jar value-matrix-standalone.jar bench [options]}: generates a large
 * organisation and its events, measures ingest through the real capture path and the stream
 * page through the real service, each beside a baseline measured in the same run, and prints
 * a Markdown report (also written to the data directory). See BENCHMARKS.md.
 */
public final class BenchCommand {
    /** Events per block of the alternating ingest comparison. */
    private static final long INGEST_BLOCK = 100_000;

    private final BenchOptions options;
    private final PrintStream out;
    private final BenchReport report = new BenchReport();
    private Instant end;
    private HistoryImportBench history;

    private BenchCommand(BenchOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (BenchOptions.UsageException | IllegalArgumentException e) {
            if (e.getMessage() != null) {
                System.err.println("bench: " + e.getMessage());
            }
            System.err.println(BenchOptions.usage());
            System.exit(e.getMessage() == null ? 0 : 2);
            return;
        }
        try {
            new BenchCommand(options, System.out).run();
        } catch (BenchOptions.UsageException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(2);
        }
        System.exit(0);
    }

    private void run() throws Exception {
        Instant started = Instant.now();
        // The events end when the run starts, so "newest" means recent, as on a live site.
        end = started.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        String loadStart = Machine.loadavg();
        out.printf("Value Matrix benchmark: %,d events, %,d people, %d teams, %,d containers, seed %d%n",
                options.events, options.people, options.teams, options.containers, options.seed);
        out.printf("machine: %d cores, %s, %s RAM, load %s; %s%n", Machine.cores(), Machine.cpu(), Machine.memory(),
                loadStart, Machine.java());
        BenchOrganisation org = new BenchOrganisation(options);
        describe(org);
        Path hostJar = options.skipHost ? null : HostMemoryCheck.hostJar(options);
        BenchDatabase db = BenchDatabase.open(options);
        String database = db.describe();
        out.println("database: " + database);
        StreamBenchmark streams = new StreamBenchmark(org, db, options, out);
        long rows;
        try {
            if (options.reuse) {
                out.println("reusing the events already in " + db.dir);
                if (StreamBenchmark.hasLiveIndex(db)) {
                    report.section("Note");
                    report.line("This database carries the live-provider way's (container, time) index from an"
                            + " earlier run: core's and the SQL baseline's plans may use it.");
                }
            } else {
                withCore(db, org, (vm, ao) -> {
                    defineTeams(vm.teamStore(), org);
                    vm.teamCatalog().invalidate();
                    vm.membership().invalidate();
                    ingest(vm, ao, db, org);
                });
                fill(db);
                db.compact(out);
            }
            out.println("analysing (optimizer statistics) …");
            db.analyze();
            if (options.historyImport > 0) {
                // Before the stream rows: the live-provider way compares pages read before it with its own.
                history = new HistoryImportBench(org, options, db, end, out);
                withCore(db, org, history::run);
                db.analyze();
            }
            rows = db.count(BenchDatabase.EVENT);
            if (options.matrixPages > 0) {
                matrix(db, org);
            }
            out.printf("stream queries on %,d events …%n", rows);
            withCore(db, org, (vm, ao) -> {
                streams.run(vm.streamService(), ao);
                if (hostJar != null) {
                    HostDirectorySeed.write(ao, org);
                }
            });
            db.closeConnections();
            BenchReport memory = new BenchReport();
            if (hostJar != null) {
                new HostMemoryCheck(options, org, out).run(hostJar, db.hostUrl(), db.user, db.password, db.dir, memory);
            } else {
                memory.section("Memory: the standalone host under -Xmx512m");
                memory.line("Not measured in this run (" + (options.skipHost ? "--skip-host" : "no host jar: run the"
                        + " benchmark from value-matrix-standalone.jar or pass --host-jar") + ").");
            }
            // Last, because it adds an index core's plans must not see (and H2 files are never
            // altered by dropping things here; see BenchDatabase).
            db.reopen();
            streams.live();
            report.stream(streams.results, streams.sparseShape);
            report.plans(streams.plans);
            report.append(memory);
            if (history != null) {
                report.append(history.report);
            }
        } finally {
            db.close();
        }
        long fileSize = db.fileSize();
        String loadEnd = Machine.loadavg();
        writeReport(started, loadStart, loadEnd, database, rows, fileSize, db.dir);
    }

    /** Work done with core wired over the database, then core and its connections closed again. */
    private interface CoreWork {
        void run(ValueMatrix vm, EntityManagerAccess ao) throws Exception;
    }

    private void withCore(BenchDatabase db, BenchOrganisation org, CoreWork work) throws Exception {
        EntityManager em = EntityManagers.create(db.url, db.user, db.password, db.schema);
        EntityManagerAccess ao = new EntityManagerAccess(em);
        BenchHostStubs host = new BenchHostStubs();
        try (ValueMatrix vm = new ValueMatrix(ao, new BenchDirectory(org), new BenchContainers(org), host, host, host,
                host, Clock.systemUTC(), host, Settings.defaults())) {
            work.run(vm, ao);
        } finally {
            em.getProvider().dispose();
        }
    }

    private void describe(BenchOrganisation org) {
        long internal = org.teams.stream().filter(t -> t.kind == TeamKind.INTERNAL).count();
        long customers = org.teams.stream().filter(t -> t.kind == TeamKind.CUSTOMER).count();
        long twoTeams = java.util.Arrays.stream(org.teamsOf).filter(t -> t.length > 1).count();
        long external = 0;
        for (boolean e : org.external) {
            external += e ? 1 : 0;
        }
        report.section("Data shape");
        report.line(String.format("- %,d people (%,d in customer or partner teams; %,d in two teams, home team = the"
                + " first in the admin's order); activity per person Zipf-like, weight 1/(rank+5)^0.8.",
                org.people.length, external, twoTeams));
        report.line(String.format("- %d teams: %d internal, %d customer, %d partner; each defined by one host group,"
                + " 30 %% of internal teams by two (a contractors group).", org.teams.size(), internal, customers,
                org.teams.size() - internal - customers));
        report.line(String.format("- %,d containers (65 %% spaces, 35 %% projects), owned by teams in proportion to"
                + " their size, %d unmapped; 30 %% of internal containers open to all staff.",
                org.containers.size(), org.unmapped.length));
        report.line(String.format("- %,d events over the 2 years up to the run's start (%s): office hours, quiet weekends, volume growing"
                + " 0.5× → 1.5×; 60 %% interactions; cross-team share of interactions rising 10 %% → 30 %%, customer"
                + " share 2 %% → 12 %% (the journey); 3 %% in unmapped containers.", options.events, end));
        report.line(String.format("- %d viewers, each seeing exactly %d containers (their team's plus random others"
                + " through a personal group), not in the staff group.", org.viewers.size(),
                org.visible.get(org.viewers.get(0)).size()));
        report.line(String.format("- %d sparse viewers, each seeing two containers of one customer or partner (through a"
                + " personal group), as a customer's contact sees the spaces opened to them.", org.sparseViewers.size()));
        out.printf("organisation: %,d people, %d teams, %,d containers, %d viewers seeing %d containers each%n",
                org.people.length, org.teams.size(), org.containers.size(), org.viewers.size(),
                org.visible.get(org.viewers.get(0)).size());
    }

    private void defineTeams(TeamStore store, BenchOrganisation org) {
        for (BenchTeam t : org.teams) {
            store.put(t.key, t.name, t.kind, t.groups, t.index);
        }
        for (BenchContainer c : org.containers) {
            if (c.owner >= 0) {
                store.setOwner(c.key, org.teams.get(c.owner).key);
            }
        }
    }

    private static final long FILL_PART = Long.getLong("bench.fillPart", 1_000_000);
    /** What the ingest comparison measured, and what is left to fill; set inside core's lifetime. */
    private Ingested ingested;

    /** The rebuild against DuckDB, then the matrix page's reads against plain SQL (see {@link MatrixBenchmark}). */
    private void matrix(BenchDatabase db, BenchOrganisation org) throws Exception {
        java.time.ZoneId zone = Settings.defaults().zone();
        MatrixBenchmark matrix = new MatrixBenchmark(db, out, zone, end.atZone(zone).toLocalDate(), options.matrixPages);
        MatrixSteadyState steady = new MatrixSteadyState(db, out, zone, options.matrixPages);
        long[] rollupRows = new long[3];
        withCore(db, org, (vm, ao) -> {
            matrix.rebuild(vm);
            rollupRows[0] = DuckDbRollups.rows(db, "PAIR_DAY");
            rollupRows[1] = DuckDbRollups.rows(db, "PERSON_DAY");
            rollupRows[2] = DuckDbRollups.rows(db, "WORK_ITEM");
            db.analyze();
            matrix.reads(vm);
        });
        DuckDbRollups duck = new DuckDbRollups();
        duck.run(db, out);
        // After DuckDB, which must count the events the rebuild counted and no live ones.
        withCore(db, org, (vm, ao) -> steady.run(vm, org, options.seed, end));
        report.matrix(matrix, duck, rollupRows);
        report.matrixSteady(steady);
    }

    private void ingest(ValueMatrix vm, EntityManagerAccess ao, BenchDatabase db, BenchOrganisation org)
            throws Exception {
        IngestBenchmark ingest = new IngestBenchmark(db, out);
        EventGenerator events = new EventGenerator(org, options.events, options.seed, end);
        long slice = options.sliceCount();
        Rate captured = null;
        Rate baseline = null;
        long same = -1;
        boolean compare = !options.skipIngestBaseline;
        BenchDatabase twin = compare ? db.twin() : null;
        if (compare) {
            TwinTable.create(db, twin, BenchDatabase.EVENT, BenchDatabase.BASELINE);
        }
        out.printf("ingest: the first %,d events through the capture path into the empty event table%s …%n", slice,
                compare ? ", and the same rows by raw JDBC batches into an empty twin table, in alternating blocks"
                        : "");
        EventGenerator again = new EventGenerator(org, options.events, options.seed, end);
        RowClassifier rows = new RowClassifier(new Classifier(Settings.defaults().noveltyWindow()), vm.membership(),
                vm.teamCatalog());
        // At least four blocks, so that neither way always runs first (on a cold JIT, into the emptier table).
        long block = Math.min(INGEST_BLOCK, Math.max(2, (slice + 3) / 4));
        int blocks = (int) ((slice + block - 1) / block);
        // The same capture path without rollup maintenance, into the same table: half of each
        // block, in turn before and after the half with it. A rebuild counts its events later.
        Thread writer = IngestBenchmark.captureWriter();
        QueuedActivityCapture plainCapture = new QueuedActivityCapture(new EventIngest(ao,
                new Classifier(Settings.defaults().noveltyWindow()), vm.membership(), vm.teamCatalog()),
                Settings.defaults().captureQueueCapacity(), Settings.defaults().captureBatchSize());
        Thread plainWriter = IngestBenchmark.captureWriterOtherThan(writer);
        Rate plain = null;
        for (int b = 0; b < blocks; b++) {
            long n = Math.min(block, slice - b * block);
            String which = " " + (b + 1) + "/" + blocks;
            long half = n / 2;
            if (b % 2 == 1) {
                plain = ingest.capture(plainCapture, plainWriter, events, half, "capture path without rollups" + which)
                        .plus(plain);
            }
            captured = ingest.capture(vm.queuedCapture(), writer, events, n - half, "capture path" + which)
                    .plus(captured);
            if (b % 2 == 0) {
                plain = ingest.capture(plainCapture, plainWriter, events, half, "capture path without rollups" + which)
                        .plus(plain);
            }
            if (compare) {
                baseline = ingest.raw(twin, again, rows, n, BenchDatabase.BASELINE, "raw JDBC baseline" + which)
                        .plus(baseline);
            }
        }
        plainCapture.close();
        Rate sliceRate = captured;
        if (compare) {
            same = ingest.sameRows(twin, BenchDatabase.BASELINE);
            out.printf("  %,d of %,d baseline rows identical to the stored events%n", same, slice);
            TwinTable.discard(db, twin, BenchDatabase.BASELINE);
        }
        long rest = options.captureCount() - slice;
        if (rest > 0) {
            out.printf("ingest: %,d more events through the capture path …%n", rest);
            captured = ingest.capture(vm.queuedCapture(), writer, events, rest, "capture path (rest)").plus(captured);
        }
        RowClassifier fillRows = RowClassifier.frozen(new Classifier(Settings.defaults().noveltyWindow()),
                vm.membership(), vm.teamCatalog(), org);
        ingested = new Ingested(sliceRate, baseline, same, captured, events, fillRows,
                options.events - options.captureCount());
        ingested.plain = plain;
    }

    /** The ingest comparison's rates, and what is left to load by raw JDBC once core has let go. */
    private static final class Ingested {
        final Rate slice;
        final Rate baseline;
        final long sameRows;
        final Rate captured;
        final EventGenerator events;
        final RowClassifier rows;
        final long remaining;
        Rate plain;

        Ingested(Rate slice, Rate baseline, long sameRows, Rate captured, EventGenerator events, RowClassifier rows,
                long remaining) {
            this.slice = slice;
            this.baseline = baseline;
            this.sameRows = sameRows;
            this.captured = captured;
            this.events = events;
            this.rows = rows;
            this.remaining = remaining;
        }
    }

    /**
     * Loads the rest of the events in parts, compacting the H2 file between them: bulk loading
     * leaves several kilobytes of dead pages per row in an MVStore file (a 10M-event load filled
     * a 65 GB disk before it was half done), which only a compaction gives back.
     */
    private void fill(BenchDatabase db) throws Exception {
        Ingested in = ingested;
        Rate filled = null;
        if (in.remaining > 0) {
            out.printf("fill: the remaining %,d events by raw JDBC batches (not measured as ingest) …%n", in.remaining);
            IngestBenchmark ingest = new IngestBenchmark(db, out);
            ingest.loadTies(in.rows.ties);
            long part = db.h2File != null ? FILL_PART : in.remaining;
            for (long done = 0; done < in.remaining; done += part) {
                long n = Math.min(part, in.remaining - done);
                filled = ingest.raw(db, in.events, in.rows, n, BenchDatabase.EVENT,
                        String.format("raw JDBC fill %,d–%,d", done + 1, done + n)).plus(filled);
                if (done + n < in.remaining) {
                    db.compact(out);
                }
            }
            ingest.writeTies(in.rows.ties);
        }
        report.ingest(in.slice, in.baseline, in.sameRows, in.captured, filled);
        report.rollupCost(in.slice, in.plain);
    }

    private void writeReport(Instant started, String loadStart, String loadEnd, String database, long rows,
            long fileSize, Path dataDir) throws Exception {
        StringBuilder head = new StringBuilder();
        head.append("# Value Matrix benchmark report\n\n");
        head.append(String.format("- started %s, took %s%n", started,
                Progress.duration(java.time.Duration.between(started, Instant.now()).getSeconds())));
        head.append(String.format("- machine: %d cores (nproc), %s, %s RAM; %s%n", Machine.cores(), Machine.cpu(),
                Machine.memory(), Machine.java()));
        head.append(String.format("- /proc/loadavg at start: %s; at end: %s%n", loadStart, loadEnd));
        head.append(String.format("- database: %s; %,d events stored%s%n", database, rows,
                fileSize > 0 ? String.format(", file %,d MB", fileSize / (1024 * 1024)) : ""));
        head.append("- command: java -jar standalone/target/value-matrix-standalone.jar bench ")
                .append(options.commandLine()).append('\n');
        String text = head + report.text();
        out.println();
        out.println(text);
        Path file = options.report != null ? options.report : dataDir.resolve("bench-report.md");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        out.println("report written to " + file.toAbsolutePath());
    }
}
