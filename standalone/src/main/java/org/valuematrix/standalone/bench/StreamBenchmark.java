package org.valuematrix.standalone.bench;

import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.valuematrix.activity.ActivityEvent;
import org.valuematrix.activity.Scope;
import org.valuematrix.activity.Verb;
import org.valuematrix.activity.stream.StreamCursor;
import org.valuematrix.activity.stream.StreamFilter;
import org.valuematrix.activity.stream.StreamService;
import org.valuematrix.activity.stream.VisibleSets;
import org.valuematrix.spi.EntityAccess;

/**
 * The 25-item stream page for viewers who may see one container in ten, three filters, and for
 * sparse viewers (two containers of one customer) with a rare action; two page positions; core
 * and the hand-written SQL run back to back for every query (in alternating order, so load from
 * other processes falls on both alike), after a warm-up, and the live-provider way on a sample.
 * Every query's answers are compared: the same events, in the same order.
 */
final class StreamBenchmark {
    static final String[] FILTERS = {"no filter", "scope=across", "one team", "sparse viewer, verb=mentioned"};
    /** The row of the sparse viewers: two containers each, and the rare action. */
    static final int SPARSE = 3;
    static final String[] PAGES = {"newest page", "random depth"};
    private static final String LIVE_INDEX = "BENCH_LIVE_CONTAINER_TIME";

    private StreamService service;
    private final BenchOrganisation org;
    private final BenchDatabase db;
    private final BenchOptions options;
    private final PrintStream out;
    final Map<String, String> plans = new TreeMap<>();
    /** A line for the report's data shape, once measured. */
    String sparseShape = "";
    private long first;
    private long last;

    final List<Result> results = new ArrayList<>();

    StreamBenchmark(BenchOrganisation org, BenchDatabase db, BenchOptions options, PrintStream out) {
        this.org = org;
        this.db = db;
        this.options = options;
        this.out = out;
    }

    /** Core and the hand-written SQL on every query; keeps a sample of the queries for {@link #live()}. */
    void run(StreamService core, EntityAccess ao) throws Exception {
        this.service = core;
        long[] range = db.timeRange();
        first = range[0];
        last = range[1];
        VisibleSets sets = new VisibleSets(ao, Clock.systemUTC());
        // A site that has served its viewers for a while has their sets stored, and the
        // database's statistics (autovacuum) know them; a page that stores a new set is not
        // what these rows measure.
        for (String viewer : org.viewers) {
            sets.idOf(org.visible.get(viewer));
        }
        db.analyze();
        sparseShape();
        try (SqlStreams sql = new SqlStreams(db, sets)) {
            for (int f = 0; f < FILTERS.length; f++) {
                for (int p = 0; p < PAGES.length; p++) {
                    results.add(run(sql, f, p));
                }
            }
        }
    }

    /** What the sparse rows read: the rare action's share, and what the sparse viewers' containers hold. */
    private void sparseShape() throws java.sql.SQLException {
        long all = db.count(BenchDatabase.EVENT);
        long mentions = db.count(BenchDatabase.EVENT, "\"VERB\" = ?", Verb.MENTIONED.wire());
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (String viewer : org.sparseViewers) {
            keys.addAll(org.visible.get(viewer));
        }
        Map<String, long[]> counts = db.countsByContainer(BenchDatabase.EVENT, keys, Verb.MENTIONED.wire());
        long held = 0;
        long heldMentions = 0;
        for (String viewer : org.sparseViewers) {
            for (String key : org.visible.get(viewer)) {
                long[] c = counts.getOrDefault(key, new long[2]);
                held += c[0];
                heldMentions += c[1];
            }
        }
        int n = Math.max(1, org.sparseViewers.size());
        sparseShape = String.format("- verb=mentioned: %,d events, %.2f %% of all. Each of the %d sparse viewers sees"
                + " two containers of one customer or partner (of %,d containers), holding %,.0f events on average"
                + " (%.3f %% of all), %,.1f of them mentions.", mentions, 100.0 * mentions / all,
                org.sparseViewers.size(), org.containers.size(), (double) held / n, 100.0 * held / n / all,
                (double) heldMentions / n);
        out.println(sparseShape.substring(2));
    }

    /** The live-provider way on the kept sample. */
    void live() throws Exception {
        try (SqlStreams sql = new SqlStreams(db, null)) {
            live(sql, results);
        }
    }

    /** Core and the hand-written SQL, back to back for every query, in alternating order. */
    private Result run(SqlStreams sql, int f, int p) throws Exception {
        SplittableRandom random = new SplittableRandom(options.seed * 31 + f * 7 + p);
        int total = options.warmup + options.queries;
        int liveEvery = Math.max(1, options.queries / Math.max(1, options.liveQueries));
        Result r = new Result(FILTERS[f], PAGES[p], options.queries);
        Progress progress = new Progress(out, FILTERS[f] + ", " + PAGES[p], total);
        List<String> viewers = f == SPARSE ? org.sparseViewers : org.viewers;
        for (int i = 0; i < total; i++) {
            String viewer = viewers.get(i % viewers.size());
            List<String> visible = org.visible.get(viewer).stream().sorted().collect(Collectors.toList());
            StreamFilter filter = filter(f, p, random, visible);
            if (i == 0) {
                plans.put(FILTERS[f] + ", " + PAGES[p], sql.explain(visible, filter, db.kind.equals("postgres")));
            }
            List<ActivityEvent> core;
            List<ActivityEvent> hand;
            long coreNanos;
            long handNanos;
            if (i % 2 == 0) {
                long t0 = System.nanoTime();
                core = service.page(viewer, filter).items();
                long t1 = System.nanoTime();
                hand = sql.page(visible, filter);
                handNanos = System.nanoTime() - t1;
                coreNanos = t1 - t0;
            } else {
                long t0 = System.nanoTime();
                hand = sql.page(visible, filter);
                long t1 = System.nanoTime();
                core = service.page(viewer, filter).items();
                coreNanos = System.nanoTime() - t1;
                handNanos = t1 - t0;
            }
            int measured = i - options.warmup;
            if (measured >= 0) {
                r.core.add(coreNanos);
                r.sql.add(handNanos);
                r.items += core.size();
                if (!ids(core, filter.limit()).equals(ids(hand, filter.limit()))) {
                    r.mismatches++;
                }
                if (measured % liveEvery == 0) {
                    r.liveQueries.add(new LiveQuery(visible, filter, ids(core, filter.limit())));
                }
                if (measured < options.singleQueries && f != SPARSE) {
                    long t0 = System.nanoTime();
                    List<ActivityEvent> single = sql.single(visible, filter);
                    r.single.add(System.nanoTime() - t0);
                    if (!ids(core, filter.limit()).equals(ids(single, filter.limit()))) {
                        r.mismatches++;
                    }
                }
            }
            progress.update(i + 1);
        }
        progress.done(total);
        return r;
    }

    /**
     * The live-provider way, on a sample of the same queries. A provider reads its own store by
     * container, so it gets the (container, time) index it would have. The index is built after
     * core's and the SQL baseline's rows are measured, so their plans never see it; it is left
     * in place, and a later run with {@code --reuse} says so in its report (drop it first).
     */
    private void live(SqlStreams sql, List<Result> results) throws Exception {
        out.println("live-provider way: indexing the events by (container, time) for it …");
        long t0 = System.nanoTime();
        db.execute("CREATE INDEX IF NOT EXISTS " + LIVE_INDEX + " ON " + BenchDatabase.quoted(BenchDatabase.EVENT)
                + " (\"CONTAINER_KEY\", \"OCCURRED_AT\")");
        db.analyze();
        out.printf("  index built in %.0f s%n", (System.nanoTime() - t0) / 1e9);
        for (Result r : results) {
            Progress progress = new Progress(out, "live way: " + r.filter + ", " + r.page, r.liveQueries.size());
            int done = 0;
            for (LiveQuery q : r.liveQueries) {
                long t1 = System.nanoTime();
                List<ActivityEvent> live = sql.live(q.visible, q.filter);
                r.live.add(System.nanoTime() - t1);
                if (!q.coreIds.equals(ids(live, q.filter.limit()))) {
                    r.mismatches++;
                }
                progress.update(++done);
            }
            progress.done(done);
        }
    }

    /**
     * @return whether the database carries the live-provider index (left by an earlier run: it
     *     is never dropped, see BenchDatabase), which core's plans should not see
     */
    static boolean hasLiveIndex(BenchDatabase db) throws java.sql.SQLException {
        return db.indexNames(BenchDatabase.EVENT).stream().anyMatch(n -> n.equalsIgnoreCase(LIVE_INDEX));
    }

    private StreamFilter filter(int f, int p, SplittableRandom random, List<String> visible) {
        StreamFilter filter = StreamFilter.latest(StreamFilter.DEFAULT_LIMIT);
        if (f == 1) {
            filter = filter.withScopes(Set.of(Scope.ACROSS));
        } else if (f == 2) {
            filter = filter.withTeams(Set.of(teamOfSomeVisibleContainer(random, visible)));
        } else if (f == SPARSE) {
            filter = filter.withVerbs(Set.of(Verb.MENTIONED));
        }
        if (p == 1) {
            long at = first + (long) (random.nextDouble() * (last - first));
            filter = filter.withCursor(new StreamCursor(at, Integer.MAX_VALUE));
        }
        return filter;
    }

    /** The team filter a viewer would pick: the owner of one of the containers they see. */
    private String teamOfSomeVisibleContainer(SplittableRandom random, List<String> visible) {
        while (true) {
            String key = visible.get(random.nextInt(visible.size()));
            int owner = org.containers.get(Integer.parseInt(key.substring(2)) - 1).owner;
            if (owner >= 0) {
                return org.teams.get(owner).key;
            }
        }
    }

    private static List<Long> ids(List<ActivityEvent> events, int limit) {
        return events.stream().limit(limit).map(ActivityEvent::id).collect(Collectors.toList());
    }

    /** A query kept for the live-provider way, with the page core answered. */
    private static final class LiveQuery {
        final List<String> visible;
        final StreamFilter filter;
        final List<Long> coreIds;

        LiveQuery(List<String> visible, StreamFilter filter, List<Long> coreIds) {
            this.visible = visible;
            this.filter = filter;
            this.coreIds = coreIds;
        }
    }

    /** The figures of one filter and page position. */
    static final class Result {
        final String filter;
        final String page;
        final Latencies core;
        final Latencies sql;
        final Latencies live;
        final Latencies single;
        final List<LiveQuery> liveQueries = new ArrayList<>();
        long items;
        int mismatches;

        Result(String filter, String page, int n) {
            this.filter = filter;
            this.page = page;
            this.core = new Latencies(n);
            this.sql = new Latencies(n);
            this.live = new Latencies(n);
            this.single = new Latencies(n);
        }
    }
}
