package org.valuematrix.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
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
import net.java.ao.RawEntity;
import org.junit.jupiter.api.Test;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.Classifier;
import org.valuematrix.activity.ao.AOActivityEvent;
import org.valuematrix.activity.ao.AOTie;
import org.valuematrix.admin.ao.AOAuditEntry;
import org.valuematrix.matrix.ao.AOPersonDay;
import org.valuematrix.matrix.ao.AOTieDay;
import org.valuematrix.matrix.ao.AOWorkItem;
import org.valuematrix.matrix.rollup.RandomEvents;
import org.valuematrix.matrix.rollup.RollupSnapshot;
import org.valuematrix.testing.TestDatabase;
import org.valuematrix.testing.TestHost;

/**
 * Rebuilds run once per cluster, in the background, and leave what incremental maintenance
 * leaves: two {@code ValueMatrix} instances on one database.
 */
abstract class RebuildJobsContract {
    private static final String[] PEOPLE = {"ann", "bob", "carl", "dora", "pat", "eve"};
    private static final String[] CONTAINERS = {"ENG", "SUP", "ACME", "OPEN"};

    protected abstract TestDatabase database();

    private TestHost[] nodes() {
        TestDatabase db = database();
        TestHost[] nodes = {new TestHost(db).standard(), new TestHost(db.sameDatabase()).standard()};
        for (Class<? extends RawEntity<?>> table : List.of(AOActivityEvent.class, AOTie.class, AOTieDay.class,
                AOPersonDay.class, AOWorkItem.class, AOAuditEntry.class)) {
            db.update("DELETE FROM " + db.quotedTable(table));
        }
        return nodes;
    }

    private static RebuildJobs jobs(TestHost node, Queue<Runnable> started) {
        return new RebuildJobs(node.vm().rollupStates(), node.vm().rollupRebuild(), node.vm().ingest()::exclusively,
                new Reclassification(new Classifier(Duration.ofDays(90)), node.vm().membership(),
                        node.vm().teamCatalog()),
                node.vm().matrixSettings(), node.vm().audit(), Clock.systemUTC(), started::add);
    }

    @Test
    void requestsOnTwoNodes_shouldQueueOneRebuildThatOneNodeRuns() throws Exception {
        TestHost[] nodes = nodes();
        try {
            nodes[0].vm().ingest().ingest(new RandomEvents(7, PEOPLE, CONTAINERS).events(150));
            Map<String, String> incremental = RollupSnapshot.of(nodes[0].db().ao());
            nodes[0].db().update("DELETE FROM " + nodes[0].db().quotedTable(AOTieDay.class));
            Queue<Runnable> started = new ConcurrentLinkedQueue<>();
            RebuildJobs[] target = {jobs(nodes[0], started), jobs(nodes[1], started)};

            RebuildJobs.Request first = target[0].request(false, "admin");
            RebuildJobs.Request second = target[1].request(true, "admin");

            assertThat(first.accepted()).isTrue();
            assertThat(second.accepted()).as("a second request while one is queued").isFalse();
            assertThat(second.status().get("state")).isEqualTo("queued");
            assertThat(second.status().get("reclassify")).isEqualTo(false);
            // Both nodes try to run what is due at once, as the scheduled job would.
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> runs = new ArrayList<>();
            for (RebuildJobs node : target) {
                runs.add(pool.submit(() -> {
                    go.await();
                    node.runDue();
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();

            for (RebuildJobs node : target) {
                Map<String, Object> status = node.status();
                assertThat(status.get("state")).isEqualTo("done");
                assertThat(((Map<?, ?>) status.get("progress")).get("done")).isEqualTo(150L);
            }
            assertThat(RollupSnapshot.of(nodes[1].db().ao())).as("rebuilt rollups").isEqualTo(incremental);
            assertThat(nodes[0].db().ao().count(AOAuditEntry.class,
                    Query.select().where("ACTION = ?", AuditLog.REBUILD_REQUESTED))).isEqualTo(1);
        } finally {
            nodes[1].close();
            nodes[0].close();
        }
    }

    @Test
    void backgroundRebuildWithReclassification_whileBothNodesStoreEvents_shouldEndAsAFreshRebuild() throws Exception {
        TestHost[] nodes = nodes();
        try {
            List<CapturedEvent> events = new RandomEvents(11, PEOPLE, CONTAINERS).events(3_000);
            nodes[0].vm().ingest().ingest(events.subList(0, 2_400));
            // carl moves to eng: a reclassifying rebuild follows the teams of now.
            for (TestHost node : nodes) {
                node.directory().user("carl", "Carl Cook", "eng", "staff");
                node.vm().teamCatalog().invalidate();
                node.vm().membership().invalidate();
            }

            RebuildJobs.Request r = nodes[1].vm().rebuilds().request(true, "admin");
            assertThat(r.accepted()).isTrue();
            for (int i = 2_400; i < events.size(); i += 25) {
                nodes[i / 25 % 2].vm().ingest().ingestNew(new ArrayList<>(events.subList(i, i + 25)));
            }
            Map<String, Object> status = awaitFinished(nodes[0].vm().rebuilds());

            assertThat(status.get("state")).as(String.valueOf(status)).isEqualTo("done");
            assertThat(status.get("reclassify")).isEqualTo(true);
            Map<String, String> afterBackground = RollupSnapshot.of(nodes[0].db().ao());
            nodes[0].vm().rollupRebuild().rebuild();
            assertThat(afterBackground).isEqualTo(RollupSnapshot.of(nodes[0].db().ao()));
            assertThat(nodes[0].db().ao().count(AOActivityEvent.class,
                    Query.select().where("ACTOR = ? AND ACTOR_TEAM = ?", "carl", "support"))).isZero();
            assertThat(nodes[0].db().ao().count(AOActivityEvent.class,
                    Query.select().where("ACTOR = ? AND ACTOR_TEAM = ?", "carl", "eng"))).isPositive();
        } finally {
            nodes[1].close();
            nodes[0].close();
        }
    }

    static Map<String, Object> awaitFinished(RebuildJobs jobs) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < until) {
            Map<String, Object> status = jobs.status();
            if (!"queued".equals(status.get("state")) && !"running".equals(status.get("state"))) {
                return status;
            }
            Thread.sleep(50);
        }
        return jobs.status();
    }
}
