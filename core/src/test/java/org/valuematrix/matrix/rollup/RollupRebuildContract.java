package org.valuematrix.matrix.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.java.ao.RawEntity;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.ao.AOActivityEvent;
import org.valuematrix.activity.ao.AOTie;
import org.valuematrix.matrix.ao.AOPersonDay;
import org.valuematrix.matrix.ao.AOTieDay;
import org.valuematrix.matrix.ao.AOWorkItem;
import org.valuematrix.testing.TestDatabase;
import org.valuematrix.testing.TestHost;

/**
 * A rebuild is safe while events are stored: batches stored on two nodes between its steps
 * (earlier and later than what it has counted, late events that reclassify counted ones) leave
 * exactly the rollups a fresh rebuild of all the stored events writes.
 */
abstract class RollupRebuildContract {
    private static final String[] PEOPLE = {"ann", "bob", "carl", "dora", "pat", "eve"};
    private static final String[] CONTAINERS = {"ENG", "SUP", "ACME", "OPEN"};

    /** Two nodes of one database. */
    static final class Fixture implements AutoCloseable {
        final TestHost[] nodes;

        Fixture(TestDatabase shared) {
            this.nodes = new TestHost[] {new TestHost(shared, RollupConsistencyContract.ZONE).standard(),
                new TestHost(shared.sameDatabase(), RollupConsistencyContract.ZONE).standard()};
        }

        void reset() {
            TestDatabase db = nodes[0].db();
            for (Class<? extends RawEntity<?>> table : List.of(AOActivityEvent.class, AOTie.class, AOTieDay.class,
                    AOPersonDay.class, AOWorkItem.class)) {
                db.update("DELETE FROM " + db.quotedTable(table));
            }
        }

        @Override
        public void close() {
            nodes[1].close();
            nodes[0].close();
        }
    }

    protected abstract Fixture fixture();

    @Property(tries = 15)
    void batchesStoredBetweenTheStepsOfARebuild_shouldLeaveWhatAFreshRebuildWrites(@ForAll long seed,
            @ForAll @IntRange(min = 10, max = 90) int count, @ForAll @IntRange(min = 1, max = 12) int page,
            @ForAll @IntRange(min = 1, max = 8) int chunk) {
        Fixture f = fixture();
        f.reset();
        List<CapturedEvent> events = new RandomEvents(seed, PEOPLE, CONTAINERS).events(count);
        // Every other event first: the rest arrive late, earlier and later than the rebuild's bookmark.
        List<CapturedEvent> first = new ArrayList<>();
        List<CapturedEvent> later = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            (i % 2 == 0 ? first : later).add(events.get(i));
        }
        f.nodes[0].vm().ingest().ingest(first);
        TestHost node = f.nodes[1];
        RollupRebuild target = new RollupRebuild(node.db().ao(), node.vm().rollupStates(),
                node.vm().ingest()::exclusively, page);

        node.vm().ingest().exclusively(() -> target.begin(RollupConsistencyContract.ZONE));
        int sent = 0;
        int round = 0;
        while (!node.vm().ingest().exclusively(() -> target.next(RollupRebuild.Rewrite.NONE)).finished()) {
            if (sent < later.size()) {
                List<CapturedEvent> batch = later.subList(sent, Math.min(later.size(), sent + chunk));
                f.nodes[round++ % 2].vm().ingest().ingestNew(new ArrayList<>(batch));
                sent += batch.size();
            }
        }
        if (sent < later.size()) {
            f.nodes[0].vm().ingest().ingest(new ArrayList<>(later.subList(sent, later.size())));
        }
        Map<String, String> afterConcurrentWrites = RollupSnapshot.of(node.db().ao());

        f.nodes[0].vm().rollupRebuild().rebuild();
        assertThat(afterConcurrentWrites).as("rollups of a rebuild with batches stored between its steps")
                .isEqualTo(RollupSnapshot.of(node.db().ao()));
    }
}
