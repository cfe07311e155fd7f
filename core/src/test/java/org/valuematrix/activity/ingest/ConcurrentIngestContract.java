package org.valuematrix.activity.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.java.ao.Query;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.valuematrix.activity.ActivityEvent;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.Novelty;
import org.valuematrix.activity.Verb;
import org.valuematrix.activity.ao.AOActivityEvent;
import org.valuematrix.activity.ao.AOTie;
import org.valuematrix.activity.capture.QueuedActivityCapture;
import org.valuematrix.activity.stream.EventExport;
import org.valuematrix.testing.EventBuilder;
import org.valuematrix.testing.Organisation;
import org.valuematrix.testing.TestDatabase;
import org.valuematrix.testing.TestHost;

/**
 * Any number of writers at once — imports, the capture queue and two nodes on one database —
 * store what one sequential ingest in occurrence order stores: each source id once, and the
 * same classification for every event. Random events (with shared instants and gaps around
 * the 90-day window) are split into random overlapping batches, shuffled, and sent from
 * several threads through two {@code ValueMatrix} instances, each batch through the import
 * path, the capture path's insert-first write, or the capture queue.
 */
abstract class ConcurrentIngestContract {
    private static final String[] PEOPLE = {"ann", "bob", "carl", "dora", "pat", "eve"};
    private static final String[] CONTAINERS = {"ENG", "SUP", "ACME", "OPEN"};
    private static final Duration SLOT = Duration.ofDays(5);

    /** Two nodes of one database and a separate database for the sequential reference. */
    static final class Fixture implements AutoCloseable {
        final TestHost[] nodes;
        final TestDatabase referenceDb;
        final Organisation reference;

        Fixture(TestDatabase shared, TestDatabase referenceDb) {
            this.nodes = new TestHost[] {new TestHost(shared).standard(), new TestHost(shared.sameDatabase()).standard()};
            this.referenceDb = referenceDb;
            this.reference = new Organisation(referenceDb).standard();
        }

        void clearEvents() {
            for (TestDatabase db : List.of(nodes[0].db(), referenceDb)) {
                db.update("DELETE FROM " + db.quotedTable(AOActivityEvent.class));
                db.update("DELETE FROM " + db.quotedTable(AOTie.class));
            }
        }

        @Override
        public void close() {
            nodes[1].close();
            nodes[0].close();
            referenceDb.close();
        }
    }

    protected abstract Fixture fixture();

    @Property(tries = 25)
    void overlappingShuffledBatchesFromManyWriters_shouldStoreWhatOneSequentialIngestStores(
            @ForAll("events") List<CapturedEvent> events, @ForAll @IntRange(min = 1, max = 12) int batches,
            @ForAll @IntRange(min = 2, max = 6) int threads, @ForAll long seed) throws Exception {
        Fixture f = fixture();
        f.clearEvents();
        Random random = new Random(seed);
        Queue<Batch> work = new ConcurrentLinkedQueue<>(split(events, batches, random));
        Map<String, AtomicInteger> storedBy = new ConcurrentHashMap<>();
        long capturedBefore = captured(f);

        runAll(f, work, threads, storedBy);
        for (TestHost node : f.nodes) {
            node.vm().queuedCapture().flush();
        }

        sequentialInTimeOrder(f.reference, events);
        Map<String, String> expected = stored(f.referenceDb);
        Map<String, String> actual = stored(f.nodes[0].db());
        assertThat(actual).as("stored events and their classification").isEqualTo(expected);
        assertThat(actual).hasSize(events.size());
        assertThat(ties(f.nodes[0].db())).as("tie history").isEqualTo(ties(f.referenceDb));
        long viaQueue = captured(f) - capturedBefore;
        long viaCalls = storedBy.values().stream().mapToInt(AtomicInteger::get).sum();
        assertThat(viaCalls + viaQueue).as("each source id answered stored exactly once").isEqualTo(events.size());
        assertThat(storedBy.values()).allSatisfy(n -> assertThat(n.get()).isLessThanOrEqualTo(1));
        for (TestHost node : f.nodes) {
            assertThat(node.vm().queuedCapture().failedCount()).as("capture batches failed").isZero();
        }
        Statistics.label("existing interactions").collect(expected.values().stream()
                .filter(v -> v.contains("|existing|")).count() == 0 ? "none" : "some");
    }

    private static void runAll(Fixture f, Queue<Batch> work, int threads, Map<String, AtomicInteger> storedBy)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(pool.submit(() -> {
                    start.await();
                    for (Batch b = work.poll(); b != null; b = work.poll()) {
                        send(f.nodes[b.node], b, storedBy);
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
    }

    private static void send(TestHost node, Batch b, Map<String, AtomicInteger> storedBy) throws InterruptedException {
        if (b.path == Path.QUEUE) {
            QueuedActivityCapture queue = node.vm().queuedCapture();
            for (CapturedEvent e : b.events) {
                queue.put(e);
            }
            return;
        }
        EventIngest ingest = node.vm().ingest();
        List<IngestOutcome> outcomes = b.path == Path.IMPORT ? ingest.ingest(b.events) : ingest.ingestNew(b.events);
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i) == IngestOutcome.STORED) {
                storedBy.computeIfAbsent(b.events.get(i).sourceId(), k -> new AtomicInteger()).incrementAndGet();
            }
        }
    }

    private static long captured(Fixture f) {
        return f.nodes[0].vm().queuedCapture().storedCount() + f.nodes[1].vm().queuedCapture().storedCount();
    }

    /** The reference: one event at a time, in occurrence order (source id between equal instants). */
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

    @Provide
    Arbitrary<List<CapturedEvent>> events() {
        Arbitrary<String> person = Arbitraries.of(PEOPLE);
        Arbitrary<String> counterpart = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just("")), Tuple.of(6, person));
        Arbitrary<Integer> slot = Arbitraries.integers().between(0, 40);
        Arbitrary<Verb> verb = Arbitraries.of(Verb.COMMENTED, Verb.REPLIED, Verb.MENTIONED, Verb.UPDATED);
        Arbitrary<String> container = Arbitraries.of(CONTAINERS);
        Arbitrary<EventSpec> spec = Combinators.combine(person, counterpart, slot, verb, container).as(EventSpec::new);
        return spec.list().ofMinSize(1).ofMaxSize(50).withSizeDistribution(RandomDistribution.uniform()).map(specs -> {
            List<CapturedEvent> out = new ArrayList<>();
            for (int i = 0; i < specs.size(); i++) {
                out.add(specs.get(i).build("s" + i));
            }
            return out;
        });
    }

    private static final class EventSpec {
        final String actor;
        final String counterpart;
        final int slot;
        final Verb verb;
        final String container;

        EventSpec(String actor, String counterpart, int slot, Verb verb, String container) {
            this.actor = actor;
            this.counterpart = counterpart;
            this.slot = slot;
            this.verb = verb;
            this.container = container;
        }

        CapturedEvent build(String sourceId) {
            Instant at = EventBuilder.T0.plus(SLOT.multipliedBy(slot));
            EventBuilder b = EventBuilder.interaction(actor, counterpart).sourceId(sourceId).at(at).verb(verb)
                    .in(container);
            return (counterpart.isEmpty() ? b.alone() : b).build();
        }
    }

    /** @return each stored event by source id: what was captured and how it was classified */
    private static Map<String, String> stored(TestDatabase db) {
        Map<String, String> out = new TreeMap<>();
        new EventExport(db.ao()).each(null, null, e -> out.put(e.captured().sourceId(), describe(e)));
        return out;
    }

    private static String describe(ActivityEvent e) {
        CapturedEvent c = e.captured();
        return String.join("|", c.occurredAt().toString(), c.actor(), c.verb().wire(), c.object().type(),
                c.object().id(), c.object().title(), c.object().url(), c.containerKey(), c.product(),
                c.counterpart().orElse("-"), e.scope().map(s -> s.wire()).orElse("-"),
                e.novelty().map(Novelty::wire).orElse("-"), e.classification().actorTeam().orElse("-"),
                e.classification().counterpartTeam().orElse("-"));
    }

    private static Map<String, String> ties(TestDatabase db) {
        Map<String, String> out = new TreeMap<>();
        for (AOTie t : db.ao().find(AOTie.class, Query.select())) {
            out.put(t.getTieKey(), t.getFirstAt() + ".." + t.getLastAt());
        }
        return out;
    }
}
