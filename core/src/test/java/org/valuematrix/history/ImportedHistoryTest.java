package org.valuematrix.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.valuematrix.history.ao.AOHistoryImport;
import org.valuematrix.testing.FakeWebResources;
import org.valuematrix.testing.Requests;
import org.valuematrix.testing.TestDatabase;
import org.valuematrix.testing.TestHost;

/**
 * The history step of Get started on H2, through the checklist that {@code GET /admin/setup} and
 * the setup notice read: open until an import finishes, then done for good, whatever a later
 * import does; a cancelled first import leaves it open.
 */
class ImportedHistoryTest {
    private final Queue<Runnable> started = new ConcurrentLinkedQueue<>();
    private TestDatabase db;
    private TestHost node;
    private History history;

    @BeforeEach
    void start() {
        db = TestDatabase.h2();
        node = new TestHost(db).standard();
        db.update("DELETE FROM " + db.quotedTable(AOHistoryImport.class));
    }

    @AfterEach
    void stop() {
        if (history != null) {
            history.close();
        }
        node.close();
    }

    @Test
    void historyStep_shouldBeOpenUntilAnImportFinishes_andStayDoneWhateverALaterImportDoes() {
        GeneratedHistory host = new GeneratedHistory(11, new String[] {"ann", "bob", "carl"},
                new String[] {"ENG", "SUP"}, 12);
        assertThat(new ImportedHistory(node.db().ao()).read().state()).as("no row yet").isEqualTo("never");
        Map<String, Object> never = historyStep();
        assertThat(never.get("done")).isEqualTo(false);
        assertThat(never.get("state")).isEqualTo("never");
        assertThat(open()).as("the open history step is counted").isEqualTo(otherStepsOpen() + 1);

        history = new History(node.vm(), host, Requests.AUTHENTICATION, node.templates(), node.messages(),
                new FakeWebResources(), node.scheduler(), node.clock(), new History.Tuning(5, 0, Duration.ofMinutes(3)),
                started::add);
        history.imports().request("admin", null, null);
        assertThat(historyStep()).containsEntry("done", false).containsEntry("state", "queued");
        history.imports().cancel("admin");
        assertThat(historyStep()).as("a cancelled first import").containsEntry("done", false)
                .containsEntry("state", "cancelled");
        started.clear();

        history.imports().request("admin", null, null);
        runAll();
        Map<String, Object> done = historyStep();
        assertThat(done).containsEntry("done", true).containsEntry("state", "done")
                .containsEntry("count", (long) host.itemCount()).containsEntry("total", (long) host.itemCount());
        assertThat(open()).isEqualTo(otherStepsOpen());

        history.imports().request("admin", null, null);
        assertThat(historyStep()).as("a new import queued").containsEntry("done", true)
                .containsEntry("state", "queued");
        history.imports().cancel("admin");
        assertThat(historyStep()).as("the new import cancelled").containsEntry("done", true)
                .containsEntry("state", "cancelled");
        assertThat(open()).isEqualTo(otherStepsOpen());
    }

    private Map<String, Object> historyStep() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps = (List<Map<String, Object>>) node.vm().setupChecklist().read().get("steps");
        assertThat(steps).extracting(s -> s.get("id")).containsExactly("teams", "containers", "history", "matrix");
        return steps.get(2);
    }

    private long open() {
        return ((Number) node.vm().setupChecklist().read().get("open")).longValue();
    }

    private long otherStepsOpen() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps = (List<Map<String, Object>>) node.vm().setupChecklist().read().get("steps");
        return steps.stream().filter(s -> !"history".equals(s.get("id")) && !(Boolean) s.get("done")).count();
    }

    private void runAll() {
        for (Runnable r = started.poll(); r != null; r = started.poll()) {
            r.run();
        }
    }
}
