package org.valuematrix.standalone.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.Test;
import org.valuematrix.activity.ActivityObject;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.StatusChange;
import org.valuematrix.activity.Verb;
import org.valuematrix.activity.ao.AOActivityEvent;
import org.valuematrix.activity.ao.AOTie;
import org.valuematrix.history.HistoryImports;
import org.valuematrix.matrix.ao.AOMatrixFigures;
import org.valuematrix.matrix.ao.AOPersonDay;
import org.valuematrix.matrix.ao.AOTieDay;
import org.valuematrix.matrix.ao.AOWorkItem;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.standalone.StandaloneOptions;
import org.valuematrix.standalone.support.TestHost;

/**
 * The history import over the standalone demo's content. The demo records the host's side of
 * every event the host could have recorded (see DemoEvents); the rest keep {@code demo:} source
 * ids. With every stored event and everything derived from them deleted, the {@code demo:} events
 * stored again as context and the rest imported from the content store, the database holds what
 * the demo stored: the same source ids, fields and classification.
 */
class StandaloneContentHistoryTest {
    private static final long DEMO_EVENTS = 3_000;

    @Test
    void importAfterAKillAndARestart_shouldReproduceTheEventsTheDemoStored_andASecondRunStoresNothing() throws Exception {
        TestHost host = TestHost.start(StandaloneOptions.defaults().withDemoEvents(DEMO_EVENTS));
        boolean stopped = false;
        try {
            EntityAccess ao = host.host().valueMatrix().entityAccess();
            Map<String, String> demo = events(ao);
            List<CapturedEvent> demoOnly = demoOnly(ao);
            long recorded = demo.keySet().stream().filter(id -> !id.startsWith("demo:")).count();
            System.out.printf("Demo events: %d; recorded by the host (compared through the import): %d (%.0f %%)%n",
                    demo.size(), recorded, 100.0 * recorded / demo.size());
            assertThat(recorded).as("most demo events have the host's side recorded").isGreaterThan(demo.size() / 2);
            assertThat(demo.values()).as("some demo events change a status, which the import must keep")
                    .anyMatch(v -> !v.endsWith("|null|null"));

            forgetEvents(ao);
            host.host().valueMatrix().ingest().ingest(demoOnly);
            HistoryImports imports = host.host().history().imports();
            assertThat(imports.request("admin", null, 40L).accepted()).isTrue();
            awaitItems(imports, 100);
            Map<String, Object> halfway = imports.status();
            host.stop();
            stopped = true;

            TestHost restarted = TestHost.start(StandaloneOptions.defaults().withDemoEvents(DEMO_EVENTS),
                    host.dataDir());
            try {
                HistoryImports resumed = restarted.host().history().imports();
                Map<String, Object> done = awaitEnd(resumed);
                assertThat(done.get("state")).as(String.valueOf(done)).isEqualTo("done");
                assertThat((Long) done.get("items")).isEqualTo(done.get("itemsTotal"));
                assertThat(done.get("startedAt")).as("the same import, resumed").isEqualTo(halfway.get("startedAt"));
                EntityAccess again = restarted.host().valueMatrix().entityAccess();
                Map<String, String> imported = events(again);
                Map<String, String> seeded = seededCreations(imported, demo);
                imported.keySet().removeAll(seeded.keySet());
                assertThat(differences(imported, demo)).as("what the demo stored").isEmpty();

                assertThat(resumed.request("admin", null, 0L).accepted()).isTrue();
                Map<String, Object> second = awaitEnd(resumed);
                assertThat(second.get("state")).isEqualTo("done");
                assertThat(second.get("events")).as("stored by a second run").isEqualTo(0L);
                assertThat(second.get("eventsRead")).isEqualTo(recorded + seeded.size());
                Map<String, String> twice = events(again);
                twice.keySet().removeAll(seeded.keySet());
                assertThat(differences(twice, demo)).isEmpty();
            } finally {
                restarted.close();
            }
        } finally {
            if (!stopped) {
                host.close();
            }
        }
    }

    private static void awaitItems(HistoryImports imports, long items) throws InterruptedException {
        long until = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < until && (Long) imports.status().get("items") < items) {
            Thread.sleep(20);
        }
        assertThat((Long) imports.status().get("items")).isGreaterThanOrEqualTo(items)
                .isLessThan((Long) imports.status().get("itemsTotal"));
    }

    private static Map<String, Object> awaitEnd(HistoryImports imports) throws InterruptedException {
        long until = System.nanoTime() + 300_000_000_000L;
        while (System.nanoTime() < until) {
            Map<String, Object> status = imports.status();
            if (!"queued".equals(status.get("state")) && !"running".equals(status.get("state"))) {
                return status;
            }
            Thread.sleep(50);
        }
        return imports.status();
    }

    /** Deletes every stored event and what was derived from them, as on a site that captured nothing yet. */
    private static void forgetEvents(EntityAccess ao) {
        for (Class<? extends RawEntity<Integer>> table : List.of(AOActivityEvent.class, AOTie.class, AOTieDay.class,
                AOPersonDay.class, AOWorkItem.class)) {
            ao.deleteWithSQL(table, "ID > ?", 0);
        }
        ao.deleteWithSQL(AOMatrixFigures.class, "ID > ?", 0);
        assertThat(ao.count(AOActivityEvent.class, Query.select())).isZero();
    }

    /** The events with demo source ids, as captured events again. */
    private static List<CapturedEvent> demoOnly(EntityAccess ao) {
        List<CapturedEvent> out = new ArrayList<>();
        for (AOActivityEvent e : ao.find(AOActivityEvent.class, Query.select().where("SOURCE_ID LIKE ?", "demo:%"))) {
            out.add(new CapturedEvent(e.getSourceId(), Instant.ofEpochMilli(e.getOccurredAt()), e.getActor(),
                    Verb.parse(e.getVerb()).orElseThrow(), new ActivityObject(e.getObjectType(), e.getObjectId(),
                            e.getObjectTitle(), e.getObjectUrl()), e.getContainerKey(), e.getProduct(),
                    e.getCounterpart(), StatusChange.of(e.getStatusFrom(), e.getStatusTo())));
        }
        return out;
    }

    /**
     * The creation of the pages and issues the demo writes before its year starts (its spaces' home
     * pages and older content): the demo stores them with no event, the import finds them in the
     * content store. They are creations (no counterpart, so no interaction whose novelty they could
     * change), all before the first demo event.
     */
    private static Map<String, String> seededCreations(Map<String, String> imported, Map<String, String> demo) {
        long firstDemoEvent = demo.values().stream().mapToLong(v -> Long.parseLong(v.split("\\|")[0])).min()
                .orElseThrow();
        Map<String, String> out = new TreeMap<>();
        imported.forEach((id, v) -> {
            if (!demo.containsKey(id)) {
                out.put(id, v);
            }
        });
        assertThat(out.keySet()).allMatch(id -> id.startsWith("standalone:content:"));
        assertThat(out.values()).allMatch(v -> v.split("\\|")[2].equals("created")
                && Long.parseLong(v.split("\\|")[0]) < firstDemoEvent);
        System.out.printf("Imported creations of content written before the demo year: %d%n", out.size());
        return out;
    }

    /** @return the source ids stored differently (or only on one side), with both sides, at most 10 */
    private static List<String> differences(Map<String, String> actual, Map<String, String> expected) {
        List<String> out = new ArrayList<>();
        java.util.Set<String> ids = new java.util.TreeSet<>(actual.keySet());
        ids.addAll(expected.keySet());
        for (String id : ids) {
            if (!java.util.Objects.equals(actual.get(id), expected.get(id)) && out.size() < 10) {
                out.add(id + ": imported " + actual.get(id) + ", demo " + expected.get(id));
            }
        }
        return out;
    }

    /** By source id, everything stored about the event, classification included. */
    private static Map<String, String> events(EntityAccess ao) {
        Map<String, String> out = new TreeMap<>();
        for (AOActivityEvent e : ao.find(AOActivityEvent.class, Query.select())) {
            out.put(e.getSourceId(), String.join("|", String.valueOf(e.getOccurredAt()), e.getActor(), e.getVerb(),
                    e.getObjectType(), e.getObjectId(), e.getObjectTitle(), e.getObjectUrl(), e.getContainerKey(),
                    e.getProduct(), String.valueOf(e.getCounterpart()), String.valueOf(e.getScope()),
                    String.valueOf(e.getNovelty()), String.valueOf(e.getActorTeam()),
                    String.valueOf(e.getCounterpartTeam()), String.valueOf(e.getTieKey()),
                    String.valueOf(e.getStatusFrom()), String.valueOf(e.getStatusTo())));
        }
        return out;
    }
}
