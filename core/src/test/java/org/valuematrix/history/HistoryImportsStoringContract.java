package org.valuematrix.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.java.ao.Query;
import org.junit.jupiter.api.Test;
import org.valuematrix.activity.ao.AOActivityEvent;
import org.valuematrix.matrix.rollup.RollupSnapshot;
import org.valuematrix.testing.TestDatabase;
import org.valuematrix.testing.TestHost;

/**
 * What the history import stores, on real databases: what ingesting the host's events would store,
 * once, even when imported again or by two nodes at once, and nothing before the date asked for.
 */
abstract class HistoryImportsStoringContract extends HistoryImportNodes {

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
}
