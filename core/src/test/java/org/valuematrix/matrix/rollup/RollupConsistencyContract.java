package org.valuematrix.matrix.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.java.ao.RawEntity;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.ao.AOActivityEvent;
import org.valuematrix.activity.ao.AOTie;
import org.valuematrix.activity.capture.QueuedActivityCapture;
import org.valuematrix.activity.ingest.IngestOutcome;
import org.valuematrix.matrix.ao.AOPersonDay;
import org.valuematrix.matrix.ao.AOTieDay;
import org.valuematrix.matrix.ao.AOWorkItem;
import org.valuematrix.testing.InMemoryDirectory;
import org.valuematrix.testing.Organisation;
import org.valuematrix.testing.TestDatabase;
import org.valuematrix.testing.TestHost;

/**
 * The rollups do not depend on how events arrived: random events, sent in random overlapping
 * (so partly duplicate) shuffled batches by several threads through two {@code ValueMatrix}
 * instances on one database (the import path, the capture path's insert-first write and the
 * capture queue), with a team membership change between two rounds of batches, leave exactly
 * the rollups that one sequential ingest in occurrence order leaves (each round in turn), and
 * exactly what a rebuild from the stored events writes. Days are counted in a zone far from UTC.
 */
abstract class RollupConsistencyContract {
    static final ZoneId ZONE = ZoneId.of("Pacific/Auckland");
    private static final String[] PEOPLE = {"ann", "bob", "carl", "dora", "pat", "eve"};
    private static final String[] CONTAINERS = {"ENG", "SUP", "ACME", "OPEN"};

    /** Two nodes of one database, and a separate database for the sequential reference. */
    static final class Fixture implements AutoCloseable {
        final TestHost[] nodes;
        final TestDatabase referenceDb;
        final Organisation reference;

        Fixture(TestDatabase shared, TestDatabase referenceDb) {
            this.nodes = new TestHost[] {new TestHost(shared, ZONE).standard(),
                new TestHost(shared.sameDatabase(), ZONE).standard()};
            this.referenceDb = referenceDb;
            this.reference = new Organisation(referenceDb, Clock.systemUTC(), ZONE).standard();
        }

        /** No events, no rollups, everyone in their standard teams. */
        void reset() {
            for (TestDatabase db : List.of(nodes[0].db(), referenceDb)) {
                for (Class<? extends RawEntity<?>> table : List.of(AOActivityEvent.class, AOTie.class, AOTieDay.class,
                        AOPersonDay.class, AOWorkItem.class)) {
                    db.update("DELETE FROM " + db.quotedTable(table));
                }
            }
            for (TestHost node : nodes) {
                standardTeams(node.directory());
                refresh(node);
            }
            standardTeams(reference.directory());
            reference.refresh();
        }

        private static void standardTeams(InMemoryDirectory directory) {
            directory.user("carl", "Carl Cook", "support", "staff").user("eve", "Eve Evans", "staff");
        }

        /** On both nodes: carl moves from support to eng, and eve, who had no team, joins support. */
        void changeMembershipOnNodes() {
            for (TestHost node : nodes) {
                move(node.directory());
                refresh(node);
            }
        }

        /** The same change for the reference. */
        void changeMembershipOfReference() {
            move(reference.directory());
            reference.refresh();
        }

        private static void move(InMemoryDirectory directory) {
            directory.user("carl", "Carl Cook", "eng", "staff").user("eve", "Eve Evans", "support", "staff");
        }

        private static void refresh(TestHost node) {
            node.vm().teamCatalog().invalidate();
            node.vm().membership().invalidate();
        }

        @Override
        public void close() {
            nodes[1].close();
            nodes[0].close();
            referenceDb.close();
        }
    }

    protected abstract Fixture fixture();

    @Property(tries = 20)
    void eventsFromManyWritersInAnyOrder_shouldLeaveTheRollupsOfOneSequentialIngestAndOfARebuild(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 80) int count,
            @ForAll @IntRange(min = 1, max = 8) int batches, @ForAll @IntRange(min = 2, max = 5) int threads)
            throws Exception {
        Fixture f = fixture();
        f.reset();
        Random random = new Random(seed);
        List<CapturedEvent> events = new RandomEvents(seed, PEOPLE, CONTAINERS).events(count);
        List<CapturedEvent> first = events.subList(0, count / 2);
        List<CapturedEvent> second = events.subList(count / 2, count);

        runAll(f, split(first, batches, random), threads);
        f.changeMembershipOnNodes();
        runAll(f, split(second, batches, random), threads);
        sequentialInTimeOrder(f.reference, first);
        f.changeMembershipOfReference();
        sequentialInTimeOrder(f.reference, second);

        Map<String, String> incremental = RollupSnapshot.of(f.nodes[0].db().ao());
        assertThat(incremental).as("rollups of concurrent writers")
                .isEqualTo(RollupSnapshot.of(f.referenceDb.ao()));
        f.nodes[1].vm().rollupRebuild().rebuild();
        assertThat(RollupSnapshot.of(f.nodes[0].db().ao())).as("rollups rebuilt from the stored events")
                .isEqualTo(incremental);
        Statistics.label("tie rows").collect(incremental.keySet().stream().filter(k -> k.startsWith("tie ")).count() > 10
                ? "over 10" : "10 or fewer");
    }

    private static void runAll(Fixture f, List<Batch> batches, int threads) throws Exception {
        Queue<Batch> work = new ConcurrentLinkedQueue<>(batches);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(pool.submit(() -> {
                    start.await();
                    for (Batch b = work.poll(); b != null; b = work.poll()) {
                        send(f.nodes[b.node], b);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> r : running) {
                r.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        for (TestHost node : f.nodes) {
            node.vm().queuedCapture().flush();
            assertThat(node.vm().queuedCapture().failedCount()).as("capture batches failed").isZero();
        }
    }

    private static void send(TestHost node, Batch b) throws InterruptedException {
        if (b.path == Path.QUEUE) {
            QueuedActivityCapture queue = node.vm().queuedCapture();
            for (CapturedEvent e : b.events) {
                queue.put(e);
            }
        } else if (b.path == Path.IMPORT) {
            node.vm().ingest().ingest(b.events);
        } else {
            node.vm().ingest().ingestNew(b.events);
        }
    }

    private static void sequentialInTimeOrder(Organisation reference, List<CapturedEvent> events) {
        List<CapturedEvent> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparing(CapturedEvent::occurredAt).thenComparing(CapturedEvent::sourceId));
        for (CapturedEvent e : ordered) {
            assertThat(reference.ingest(e)).containsExactly(IngestOutcome.STORED);
        }
    }

    private enum Path { IMPORT, INSERT_FIRST, QUEUE }

    private static final class Batch {
        final List<CapturedEvent> events = new ArrayList<>();
        final Path path;
        final int node;

        Batch(Path path, int node) {
            this.path = path;
            this.node = node;
        }
    }

    /** Every event in one to three batches; each batch shuffled, and the batches too. */
    private static List<Batch> split(List<CapturedEvent> events, int count, Random random) {
        List<Batch> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new Batch(Path.values()[random.nextInt(Path.values().length)], random.nextInt(2)));
        }
        for (CapturedEvent e : events) {
            int copies = 1 + random.nextInt(3);
            for (int c = 0; c < copies; c++) {
                out.get(random.nextInt(count)).events.add(e);
            }
        }
        out.removeIf(b -> b.events.isEmpty());
        for (Batch b : out) {
            Collections.shuffle(b.events, random);
        }
        Collections.shuffle(out, random);
        return out;
    }
}
