package org.valuematrix.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.valuematrix.activity.ao.AOActivityEvent;
import org.valuematrix.testing.TestDatabase;
import org.valuematrix.testing.TestHost;

/**
 * The history import's run on real databases: a node that dies mid-run is resumed by another from
 * the checkpoint, and the import ends as an uninterrupted one would; a cancelled run stops before
 * its next batch; a host that cannot be read fails the run, saying why.
 */
abstract class HistoryImportsLifecycleContract extends HistoryImportNodes {

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
}
