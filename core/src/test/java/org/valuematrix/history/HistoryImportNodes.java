package org.valuematrix.history;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.AfterEach;
import org.valuematrix.activity.ao.AOActivityEvent;
import org.valuematrix.activity.ao.AOTie;
import org.valuematrix.history.ao.AOHistoryImport;
import org.valuematrix.matrix.ao.AOPersonDay;
import org.valuematrix.matrix.ao.AOTieDay;
import org.valuematrix.matrix.ao.AOWorkItem;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.testing.FakeWebResources;
import org.valuematrix.testing.Requests;
import org.valuematrix.testing.TestDatabase;
import org.valuematrix.testing.TestHost;

/**
 * The history import's contracts on real databases share this: two {@code ValueMatrix} instances on
 * one database as two cluster nodes, each with a {@link History} whose runs the test starts itself.
 */
abstract class HistoryImportNodes {
    static final String[] PEOPLE = {"ann", "bob", "carl", "dora", "pat", "eve"};
    static final String[] CONTAINERS = {"ENG", "SUP", "ACME", "OPEN"};
    /** Items per host read in these tests: several reads per container. */
    static final int BATCH = 7;
    /** Events per batch where a test counts batches: one host read a batch. */
    static final int ONE_READ = 1;

    final List<AutoCloseable> open = new ArrayList<>();

    protected abstract TestDatabase database();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    TestHost[] nodes(TestDatabase db) {
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
    History history(TestHost node, GeneratedHistory host, Queue<Runnable> started) {
        return history(node, host, started, History.Tuning.DEFAULT_BATCH_EVENTS);
    }

    History history(TestHost node, GeneratedHistory host, Queue<Runnable> started, int batchEvents) {
        History h = new History(node.vm(), host, Requests.AUTHENTICATION, node.templates(), node.messages(),
                new FakeWebResources(), node.scheduler(), node.clock(),
                new History.Tuning(BATCH, batchEvents, 0, Duration.ofMinutes(3)), started::add);
        open.add(h);
        return h;
    }

    static void runAll(Queue<Runnable> started) {
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
    static final class NodeDied extends Error {
        private static final long serialVersionUID = 1L;
    }
}
