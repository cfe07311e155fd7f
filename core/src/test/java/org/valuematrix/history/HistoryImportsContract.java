package org.valuematrix.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.valuematrix.activity.ao.AOActivityEvent;
import org.valuematrix.activity.ao.AOTie;
import org.valuematrix.history.ao.AOHistoryImport;
import org.valuematrix.matrix.ao.AOPersonDay;
import org.valuematrix.matrix.ao.AOTieDay;
import org.valuematrix.matrix.ao.AOWorkItem;
import org.valuematrix.matrix.rollup.RollupSnapshot;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.testing.FakeWebResources;
import org.valuematrix.testing.Requests;
import org.valuematrix.testing.TestDatabase;
import org.valuematrix.testing.TestHost;

/**
 * The history import on real databases, with two {@code ValueMatrix} instances on one database as
 * two cluster nodes: it stores what ingesting the host's events would store, once, resumes from
 * its checkpoint after a node dies, is cancellable, and two nodes never import an item twice.
 */
abstract class HistoryImportsContract {
    private static final String[] PEOPLE = {"ann", "bob", "carl", "dora", "pat", "eve"};
    private static final String[] CONTAINERS = {"ENG", "SUP", "ACME", "OPEN"};
    /** Items per host read in these tests: several reads per container. */
    private static final int BATCH = 7;
    /** Events per batch where a test counts batches: one host read a batch. */
    private static final int ONE_READ = 1;

    private final List<AutoCloseable> open = new ArrayList<>();

    protected abstract TestDatabase database();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private TestHost[] nodes(TestDatabase db) {
        TestHost[] nodes = {new TestHost(db).standard(), new TestHost(db.sameDatabase()).standard()};
        open.add(nodes[0]);
        open.add(nodes[1]);
        for (Class<? extends RawEntity<?>> table : List.of(AOActivityEvent.class, AOTie.class, AOTieDay.class,
                AOPersonDay.class, AOWorkItem.class, AOHistoryImport.class)) {
            db.update("DELETE FROM " + db.quotedTable(table));
        }
        return nodes;
    }

    /** With the product's events per batch: batches of several host reads, across containers. */
    private History history(TestHost node, GeneratedHistory host, Queue<Runnable> started) {
        return history(node, host, started, History.Tuning.DEFAULT_BATCH_EVENTS);
    }

    private History history(TestHost node, GeneratedHistory host, Queue<Runnable> started, int batchEvents) {
        History h = new History(node.vm(), host, Requests.AUTHENTICATION, node.templates(), node.messages(),
                new FakeWebResources(), node.scheduler(), node.clock(),
                new History.Tuning(BATCH, batchEvents, 0, Duration.ofMinutes(3)), started::add);
        open.add(h);
        return h;
    }

    @Test
    void importFromTheStart_shouldStoreWhatIngestingEveryHostEventStores() {
        GeneratedHistory host = new GeneratedHistory(3, PEOPLE, CONTAINERS, 30);
        TestHost[] nodes = nodes(database());
        Queue<Runnable> started = new ConcurrentLinkedQueue<>();
        History target = history(nodes[0], host, started);

        HistoryImports.Answer answer = target.imports().request("admin", null, null);
        runAll(started);

        assertThat(answer.accepted()).isTrue();
        Map<String, Object> status = target.imports().status();
        assertThat(status.get("state")).isEqualTo("done");
        assertThat(status.get("items")).isEqualTo((long) host.itemCount());
        assertThat(status.get("itemsTotal")).isEqualTo((long) host.itemCount());
        assertThat(status.get("events")).isEqualTo((long) host.allEvents().size());
        assertThat(host.reads().values()).as("each item read once").containsOnly(1).hasSize(host.itemCount());
        Map<String, String> imported = events(nodes[0].db().ao());
        assertThat(imported).hasSize(host.allEvents().size());

        TestDatabase fresh = database();
        TestHost reference = new TestHost(fresh).standard();
        open.add(reference);
        fresh.update("DELETE FROM " + fresh.quotedTable(AOActivityEvent.class));
        reference.vm().ingest().ingest(CapturedEvents.of(host.allEvents(), 0));
        assertThat(imported).as("classification as ingest gives").isEqualTo(events(fresh.ao()));
        assertThat(RollupSnapshot.of(nodes[0].db().ao())).as("rollups").isEqualTo(RollupSnapshot.of(fresh.ao()));
    }

    @Test
    void secondImport_shouldStoreNothingTwice() {
        GeneratedHistory host = new GeneratedHistory(5, PEOPLE, CONTAINERS, 20);
        TestHost[] nodes = nodes(database());
        Queue<Runnable> started = new ConcurrentLinkedQueue<>();
        History target = history(nodes[0], host, started);
        target.imports().request("admin", null, null);
        runAll(started);
        Map<String, String> first = events(nodes[0].db().ao());
        Map<String, String> rollups = RollupSnapshot.of(nodes[0].db().ao());

        assertThat(target.imports().request("admin", null, null).accepted()).isTrue();
        runAll(started);

        Map<String, Object> status = target.imports().status();
        assertThat(status.get("state")).isEqualTo("done");
        assertThat(status.get("events")).as("stored by the second run").isEqualTo(0L);
        assertThat(status.get("eventsRead")).isEqualTo((long) host.allEvents().size());
        assertThat(events(nodes[0].db().ao())).isEqualTo(first);
        assertThat(RollupSnapshot.of(nodes[0].db().ao())).isEqualTo(rollups);
    }

    @Test
    void nodeDiesHalfway_shouldBeResumedByAnotherFromTheCheckpointAndEndAsAnUninterruptedImport() {
        GeneratedHistory host = new GeneratedHistory(7, PEOPLE, CONTAINERS, 25);
        TestHost[] nodes = nodes(database());
        Queue<Runnable> started = new ConcurrentLinkedQueue<>();
        History first = history(nodes[0], host, started, ONE_READ);
        History second = history(nodes[1], host, new ConcurrentLinkedQueue<>(), ONE_READ);
        host.onRead((container, batch) -> {
            if (batch == 8) {
                throw new NodeDied();
            }
        });
        first.imports().request("admin", null, null);
        try {
            runAll(started);
        } catch (NodeDied expected) {
            // The node is gone: its run left the row running, with its last heartbeat.
        }
        Map<String, Object> halfway = second.imports().status();
        assertThat(halfway.get("state")).isEqualTo("running");
        // Seven batches checkpointed: the first container's 25 items (7, 7, 7, 4) and three of the next.
        assertThat((Long) halfway.get("items")).isEqualTo(25L + 3 * BATCH);

        host.onRead((container, batch) -> { });
        nodes[1].scheduler().run(History.IMPORT_JOB);
        assertThat(second.imports().status().get("state")).as("not stale yet").isEqualTo("running");
        nodes[1].clock().advance(Duration.ofMinutes(4));
        nodes[1].scheduler().run(History.IMPORT_JOB);

        Map<String, Object> status = second.imports().status();
        assertThat(status.get("state")).isEqualTo("done");
        assertThat(status.get("items")).isEqualTo((long) host.itemCount());
        assertThat(host.reads().values()).as("no item read twice").containsOnly(1).hasSize(host.itemCount());
        assertThat(events(nodes[0].db().ao())).hasSize(host.allEvents().size());

        TestDatabase fresh = database();
        TestHost reference = new TestHost(fresh).standard();
        open.add(reference);
        fresh.update("DELETE FROM " + fresh.quotedTable(AOActivityEvent.class));
        reference.vm().ingest().ingest(CapturedEvents.of(host.allEvents(), 0));
        assertThat(events(nodes[1].db().ao())).isEqualTo(events(fresh.ao()));
    }

    @Test
    void nodeDiesInABatchOfSeveralReads_shouldBeResumedFromTheLastRecordedBatchAcrossContainers() {
        int batchEvents = 60;
        GeneratedHistory host = new GeneratedHistory(7, PEOPLE, CONTAINERS, 25);
        List<int[]> batches = batchesOf(new GeneratedHistory(7, PEOPLE, CONTAINERS, 25), batchEvents);
        TestHost[] nodes = nodes(database());
        Queue<Runnable> started = new ConcurrentLinkedQueue<>();
        History first = history(nodes[0], host, started, batchEvents);
        History second = history(nodes[1], host, new ConcurrentLinkedQueue<>(), batchEvents);
        // Two batches recorded; the node dies at the second read of the third.
        int recordedReads = batches.get(0)[0] + batches.get(1)[0];
        long recordedItems = batches.get(0)[1] + batches.get(1)[1];
        int dieAt = recordedReads + 2;
        assertThat(batches.get(2)[0]).as("the third batch has a second read").isGreaterThan(1);
        host.onRead((container, batch) -> {
            if (batch == dieAt) {
                throw new NodeDied();
            }
        });
        first.imports().request("admin", null, null);
        try {
            runAll(started);
        } catch (NodeDied expected) {
            // The batch in progress was neither stored nor recorded.
        }
        assertThat(recordedReads).as("more than one read a batch").isGreaterThan(2);
        assertThat(recordedItems).as("a batch across two containers").isGreaterThan(25L);
        Map<String, Object> halfway = second.imports().status();
        assertThat(halfway.get("state")).isEqualTo("running");
        assertThat(halfway.get("items")).isEqualTo(recordedItems);
        assertThat(events(nodes[0].db().ao())).hasSize(((Long) halfway.get("events")).intValue());

        host.onRead((container, batch) -> { });
        nodes[1].clock().advance(Duration.ofMinutes(4));
        nodes[1].scheduler().run(History.IMPORT_JOB);

        Map<String, Object> status = second.imports().status();
        assertThat(status.get("state")).isEqualTo("done");
        assertThat(status.get("items")).isEqualTo((long) host.itemCount());
        assertThat(status.get("events")).isEqualTo((long) host.allEvents().size());
        long readTwice = host.reads().values().stream().filter(n -> n == 2).count();
        assertThat(host.reads().values()).as("only the unrecorded batch's items read again").containsOnly(1, 2)
                .hasSize(host.itemCount());
        assertThat(readTwice).as("the items of the reads of the batch the node died in")
                .isEqualTo(recordedItemsAfter(batches, recordedReads, dieAt - 1));
        TestDatabase fresh = database();
        TestHost reference = new TestHost(fresh).standard();
        open.add(reference);
        fresh.update("DELETE FROM " + fresh.quotedTable(AOActivityEvent.class));
        reference.vm().ingest().ingest(CapturedEvents.of(host.allEvents(), 0));
        assertThat(events(nodes[1].db().ao())).isEqualTo(events(fresh.ao()));
    }

    /**
     * The reads and items of each batch an import of this host makes, by the import's documented
     * rule: containers in key order, reads of {@link #BATCH} items, a batch ends once it holds the
     * events or when every container is read. Also each read's items, in order, as the last entry.
     */
    private static List<int[]> batchesOf(GeneratedHistory host, int batchEvents) {
        List<String> keys = new ArrayList<>(host.containerKeys());
        java.util.Collections.sort(keys);
        List<int[]> batches = new ArrayList<>();
        List<Integer> readItems = new ArrayList<>();
        int reads = 0;
        int items = 0;
        int events = 0;
        for (String key : keys) {
            String position = null;
            while (true) {
                org.valuematrix.spi.ContentHistory.Batch b = host.read(key, position, null, BATCH);
                reads++;
                readItems.add(b.items());
                items += b.items();
                events += b.events().size();
                if (events >= batchEvents) {
                    batches.add(new int[] {reads, items});
                    reads = 0;
                    items = 0;
                    events = 0;
                }
                if (b.finished()) {
                    break;
                }
                position = b.position();
            }
        }
        if (reads > 0) {
            batches.add(new int[] {reads, items});
        }
        batches.add(readItems.stream().mapToInt(Integer::intValue).toArray());
        return batches;
    }

    /** The items of reads from (0-based) up to but not including the read numbered until (1-based, exclusive). */
    private static long recordedItemsAfter(List<int[]> batches, int from, int until) {
        int[] readItems = batches.get(batches.size() - 1);
        long items = 0;
        for (int r = from; r < until; r++) {
            items += readItems[r];
        }
        return items;
    }

    @Test
    void twoNodesRunningAtOnce_shouldImportEachItemOnce() throws Exception {
        GeneratedHistory host = new GeneratedHistory(11, PEOPLE, CONTAINERS, 40);
        TestHost[] nodes = nodes(database());
        History[] target = {history(nodes[0], host, new ConcurrentLinkedQueue<>()),
            history(nodes[1], host, new ConcurrentLinkedQueue<>())};
        HistoryImports.Answer first = target[0].imports().request("admin", null, null);
        HistoryImports.Answer second = target[1].imports().request("admin", null, null);
        assertThat(first.accepted()).isTrue();
        assertThat(second.accepted()).as("a second request while one is queued").isFalse();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> runs = new ArrayList<>();
        for (History node : target) {
            runs.add(pool.submit(() -> {
                go.await();
                node.imports().runDue();
                return null;
            }));
        }
        go.countDown();
        for (Future<?> run : runs) {
            run.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(target[1].imports().status().get("state")).isEqualTo("done");
        assertThat(host.reads().values()).as("each item read once").containsOnly(1).hasSize(host.itemCount());
        assertThat(target[0].imports().status().get("events")).isEqualTo((long) host.allEvents().size());
        assertThat(events(nodes[0].db().ao())).hasSize(host.allEvents().size());
    }

    @Test
    void cancel_shouldStopTheRunBeforeItsNextBatch() {
        GeneratedHistory host = new GeneratedHistory(13, PEOPLE, CONTAINERS, 30);
        TestHost[] nodes = nodes(database());
        Queue<Runnable> started = new ConcurrentLinkedQueue<>();
        History target = history(nodes[0], host, started, ONE_READ);
        History other = history(nodes[1], host, new ConcurrentLinkedQueue<>(), ONE_READ);
        target.imports().request("admin", null, null);
        host.onRead((container, batch) -> {
            if (batch == 3) {
                assertThat(other.imports().cancel("admin").accepted()).isTrue();
            }
        });

        runAll(started);

        Map<String, Object> status = target.imports().status();
        assertThat(status.get("state")).isEqualTo("cancelled");
        assertThat((Long) status.get("items")).isEqualTo(2L * BATCH);
        assertThat(host.reads()).hasSize(3 * BATCH);
        assertThat(other.imports().cancel("admin").accepted()).as("nothing left to cancel").isFalse();
        nodes[1].clock().advance(Duration.ofMinutes(10));
        nodes[1].scheduler().run(History.IMPORT_JOB);
        assertThat(host.reads()).as("a cancelled import is not resumed").hasSize(3 * BATCH);
    }

    @Test
    void since_shouldLeaveOutEarlierEvents() {
        GeneratedHistory host = new GeneratedHistory(17, PEOPLE, CONTAINERS, 20);
        TestHost[] nodes = nodes(database());
        Queue<Runnable> started = new ConcurrentLinkedQueue<>();
        History target = history(nodes[0], host, started);
        LocalDate since = LocalDate.of(2026, 6, 1);
        long sinceMillis = since.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();

        target.imports().request("admin", since, null);
        runAll(started);

        long expected = host.allEvents().stream().filter(e -> e.occurredAt().toEpochMilli() >= sinceMillis).count();
        assertThat(expected).isBetween(1L, host.allEvents().size() - 1L);
        assertThat(target.imports().status().get("since")).isEqualTo("2026-06-01");
        assertThat(target.imports().status().get("events")).isEqualTo(expected);
        assertThat(nodes[0].db().ao().count(AOActivityEvent.class,
                Query.select().where("OCCURRED_AT < ?", sinceMillis))).isZero();
        assertThat(events(nodes[0].db().ao())).hasSize((int) expected);
    }

    @Test
    void aHostThatCannotBeRead_shouldEndFailedSayingWhy_andMayBeStartedAgain() {
        GeneratedHistory host = new GeneratedHistory(19, PEOPLE, CONTAINERS, 10);
        TestHost[] nodes = nodes(database());
        Queue<Runnable> started = new ConcurrentLinkedQueue<>();
        History target = history(nodes[0], host, started);
        host.onRead((container, batch) -> {
            if (batch == 2) {
                throw new IllegalStateException("the host's database is gone");
            }
        });

        target.imports().request("admin", null, null);
        runAll(started);

        Map<String, Object> status = target.imports().status();
        assertThat(status.get("state")).isEqualTo("failed");
        assertThat(status.get("error")).isEqualTo("IllegalStateException: the host's database is gone");
        assertThat(status.get("finishedAt")).isNotNull();
        host.onRead((container, batch) -> { });
        assertThat(target.imports().request("admin", null, null).accepted()).isTrue();
        runAll(started);
        assertThat(target.imports().status().get("state")).isEqualTo("done");
    }

    private static void runAll(Queue<Runnable> started) {
        for (Runnable r = started.poll(); r != null; r = started.poll()) {
            r.run();
        }
    }

    /** By source id, everything stored about the event, classification included. */
    static Map<String, String> events(EntityAccess ao) {
        Map<String, String> out = new TreeMap<>();
        for (AOActivityEvent e : ao.find(AOActivityEvent.class, Query.select())) {
            out.put(e.getSourceId(), String.join("|", String.valueOf(e.getOccurredAt()), e.getActor(), e.getVerb(),
                    e.getObjectType(), e.getObjectId(), e.getContainerKey(), String.valueOf(e.getCounterpart()),
                    String.valueOf(e.getScope()), String.valueOf(e.getNovelty()), String.valueOf(e.getActorTeam()),
                    String.valueOf(e.getCounterpartTeam())));
        }
        return out;
    }

    /** What a node's death looks like to the code that was running: it never returns. */
    private static final class NodeDied extends Error {
        private static final long serialVersionUID = 1L;
    }
}
