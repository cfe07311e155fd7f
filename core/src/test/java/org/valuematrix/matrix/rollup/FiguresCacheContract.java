package org.valuematrix.matrix.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valuematrix.testing.EventBuilder.event;
import static org.valuematrix.testing.EventBuilder.interaction;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.valuematrix.activity.ActivityEvent;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.Verb;
import org.valuematrix.activity.stream.EventExport;
import org.valuematrix.matrix.UnitCounts;
import org.valuematrix.matrix.ao.AOMatrixFigures;
import org.valuematrix.matrix.ao.AOTieDay;
import org.valuematrix.team.Team;
import org.valuematrix.team.TeamKind;
import org.valuematrix.testing.EventBuilder;
import org.valuematrix.testing.TestDatabase;
import org.valuematrix.testing.TestHost;

/**
 * The reader keeps its answers in the database ({@link AOMatrixFigures}) and never serves one
 * that a later change to the rollups made wrong: a late event into a closed week, a late
 * response to an item created in it, an event in the 28 days before it (reach), on the node
 * that cached the answer or on another node of the same database, also while that node keeps
 * reading as the other one stores.
 */
abstract class FiguresCacheContract {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    /** The week of {@link EventBuilder#T0} (a Monday), closed long ago. */
    static final long WEEK = Days.of(EventBuilder.T0, ZONE);

    private TestHost node;
    private TestHost other;

    protected abstract TestDatabase newDatabase();

    @BeforeEach
    void start() {
        node = new TestHost(newDatabase(), ZONE).standard();
        other = new TestHost(node.db().sameDatabase(), ZONE).standard();
    }

    @AfterEach
    void stop() {
        other.close();
        node.close();
    }

    @Test
    void aSecondRead_isAnsweredFromTheKeptAnswer() {
        node.ingest(interaction("ann", "carl").day(1).build(), interaction("carl", "dora").in("ACME").day(2).build());
        RollupReader reader = node.vm().rollupReader();
        String first = describeAll(reader, null);

        assertThat(filled()).isEqualTo(4);
        // Rows removed behind the reader's back (no rollup change does this) do not show:
        // the answers come from the kept rows.
        node.db().update("DELETE FROM " + node.db().quotedTable(AOTieDay.class));
        assertThat(describeAll(reader, null)).isEqualTo(first);
    }

    @Test
    void everyTeamsRead_keepsTheOrganisationsAnswerOfThePeriodToo() {
        node.ingest(interaction("ann", "carl").day(1).build(), interaction("carl", "dora").in("ACME").day(2).build());
        RollupReader reader = node.vm().rollupReader();
        reader.teams(WEEK, WEEK + 7, null);

        assertThat(filled()).isEqualTo(2);
        String expected = oracleAll(null);
        String organisation = expected.substring(expected.indexOf("organisation: "), expected.indexOf("eng: "));
        // Without the rows, only the kept answer can still count the interactions.
        node.db().update("DELETE FROM " + node.db().quotedTable(AOTieDay.class));
        assertThat("organisation: " + Describe.unit(reader.unit(null, WEEK, WEEK + 7, null)) + "\n")
                .isEqualTo(organisation);
        assertThat(filled()).isEqualTo(2);
    }

    @Test
    void aLateEventIntoACachedClosedWeek_changesEveryAnswerThatReadIt() {
        node.ingest(interaction("ann", "carl").day(1).build(),
                event().actor("ann").verb(Verb.CREATED).alone().object("page", "9", "Nine", "/p/9").day(2).build());
        RollupReader reader = node.vm().rollupReader();
        describeAll(reader, null);
        describeAll(reader, Set.of("ENG"));

        // On the same node: an across interaction, a first response to the page created that
        // week, and an interaction 10 days before the week (within its 28-day reach window).
        node.ingest(interaction("carl", "bob").day(3).build(),
                interaction("carl", "ann").verb(Verb.COMMENTED).object("page", "9", "Nine", "/p/9").day(20).build(),
                interaction("bob", "carl").day(-10).build(), interaction("ann", "carl").day(-9).build());
        assertThat(describeAll(reader, null)).isEqualTo(oracleAll(null));
        assertThat(describeAll(reader, Set.of("ENG"))).isEqualTo(oracleAll(Set.of("ENG")));

        // On another node of the same database.
        other.ingest(interaction("bob", "dora").in("ACME").day(4).build());
        assertThat(describeAll(reader, null)).isEqualTo(oracleAll(null));
        assertThat(describeAll(other.vm().rollupReader(), null)).isEqualTo(oracleAll(null));
    }

    @Test
    void aNodeReadingWhileAnotherStores_neverKeepsAStaleAnswer() throws Exception {
        node.ingest(interaction("ann", "carl").day(1).build());
        RollupReader reader = node.vm().rollupReader();
        AtomicBoolean storing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> reads = pool.submit(() -> {
                int n = 0;
                while (storing.get()) {
                    describeAll(reader, null);
                    n++;
                }
                return n;
            });
            Future<?> writes = pool.submit(() -> {
                String[] people = {"ann", "bob", "carl", "dora", "pat", "eve"};
                for (int i = 0; i < 40; i++) {
                    List<CapturedEvent> batch = new ArrayList<>();
                    for (int j = 0; j < 3; j++) {
                        int k = i * 3 + j;
                        String actor = people[k % 6];
                        String counterpart = people[(k % 6 + 1 + k / 6 % 5) % 6];
                        batch.add(interaction(actor, counterpart).in(k % 2 == 0 ? "ENG" : "SUP").day(k % 9 - 2)
                                .build());
                    }
                    other.vm().ingest().ingest(batch);
                }
                storing.set(false);
                return null;
            });
            writes.get(5, TimeUnit.MINUTES);
            assertThat(reads.get(1, TimeUnit.MINUTES)).isPositive();
        } finally {
            storing.set(false);
            pool.shutdownNow();
        }
        assertThat(describeAll(reader, null)).isEqualTo(oracleAll(null));
    }

    /** Every team at once, each unit alone and the edges, of the week of T0. */
    private static String describeAll(RollupReader reader, Set<String> visible) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, UnitCounts> e : reader.teams(WEEK, WEEK + 7, visible).entrySet()) {
            out.append(e.getKey()).append(" among teams: ").append(Describe.unit(e.getValue())).append('\n');
        }
        out.append("organisation: ").append(Describe.unit(reader.unit(null, WEEK, WEEK + 7, visible))).append('\n');
        out.append("eng: ").append(Describe.unit(reader.unit("eng", WEEK, WEEK + 7, visible))).append('\n');
        out.append("edges: ").append(Describe.edges(reader.edges(WEEK, WEEK + 7, visible))).append('\n');
        return out.toString();
    }

    private String oracleAll(Set<String> visible) {
        List<ActivityEvent> stored = new ArrayList<>();
        new EventExport(node.db().ao()).each(null, null, stored::add);
        Map<String, TeamKind> kinds = new HashMap<>();
        List<String> keys = new ArrayList<>();
        for (Team t : node.vm().teamCatalog().teams()) {
            kinds.put(t.key(), t.kind());
            keys.add(t.key());
        }
        MatrixOracle oracle = new MatrixOracle(stored, kinds, node.vm().teamCatalog().owners(), ZONE);
        StringBuilder out = new StringBuilder();
        keys.sort(null);
        for (String key : keys) {
            out.append(key).append(" among teams: ").append(oracle.unit(key, WEEK, WEEK + 7, visible)).append('\n');
        }
        out.append("organisation: ").append(oracle.unit(null, WEEK, WEEK + 7, visible)).append('\n');
        out.append("eng: ").append(oracle.unit("eng", WEEK, WEEK + 7, visible)).append('\n');
        out.append("edges: ").append(oracle.edges(WEEK, WEEK + 7, visible)).append('\n');
        return out.toString();
    }

    private int filled() {
        TestDatabase db = node.db();
        return db.queryInt("SELECT COUNT(*) FROM " + db.quotedTable(AOMatrixFigures.class) + " WHERE "
                + "\"FILLED\" = ?", true);
    }
}
