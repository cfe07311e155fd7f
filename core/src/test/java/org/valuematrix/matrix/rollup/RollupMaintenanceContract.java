package org.valuematrix.matrix.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.valuematrix.activity.ActivityEvent;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.Classifier;
import org.valuematrix.activity.Novelty;
import org.valuematrix.activity.Scope;
import org.valuematrix.activity.Verb;
import org.valuematrix.activity.ingest.EventIngest;
import org.valuematrix.activity.ingest.NoveltyChange;
import org.valuematrix.activity.ingest.StoredBatchListener;
import org.valuematrix.activity.stream.VisibleSets;
import org.valuematrix.matrix.CellCounts;
import org.valuematrix.matrix.UnitCounts;
import org.valuematrix.matrix.WorkItem;
import org.valuematrix.testing.EventBuilder;
import org.valuematrix.testing.Organisation;
import org.valuematrix.testing.TestDatabase;

/** What ingest keeps in the rollups, event by event, read back through the reader (the standard organisation). */
abstract class RollupMaintenanceContract {
    static final ZoneId ZONE = ZoneId.of("Pacific/Auckland");

    private Organisation org;
    private RollupReader target;

    protected abstract TestDatabase db();

    @BeforeEach
    void setUp() {
        db().clear();
        org = new Organisation(db(), Clock.systemUTC(), ZONE).standard();
        target = new RollupReader(db().ao(), org.catalog(), new VisibleSets(db().ao(), Clock.systemUTC()), ZONE);
    }

    @Test
    void aLateEarlierInteraction_shouldMoveTheLaterOneFromNewToExisting() {
        org.ingest(EventBuilder.interaction("ann", "bob").day(10).build());
        assertThat(eng(10).cell(Scope.WITHIN, Novelty.NEW)).isEqualTo(new CellCounts(1, 1, 2));

        org.ingest(EventBuilder.interaction("bob", "ann").day(5).build());

        assertThat(eng(10).cell(Scope.WITHIN, Novelty.NEW)).isEqualTo(CellCounts.EMPTY);
        assertThat(eng(10).cell(Scope.WITHIN, Novelty.EXISTING)).isEqualTo(new CellCounts(1, 1, 2));
        assertThat(eng(5).cell(Scope.WITHIN, Novelty.NEW)).isEqualTo(new CellCounts(1, 1, 2));
    }

    @Test
    void aDuplicate_shouldNotCountAgain() {
        CapturedEvent once = EventBuilder.interaction("ann", "bob").day(1).build();
        org.ingest(once);
        org.ingest().ingest(List.of(once));
        org.ingest().ingestNew(List.of(once, EventBuilder.event().actor("ann").alone().day(1).build()));

        UnitCounts eng = eng(1);
        assertThat(eng.interactions()).isEqualTo(1);
        assertThat(eng.activeMembers()).isEqualTo(1);
    }

    @Test
    void anAcrossInteraction_shouldCountForBothTeamsAndOnceForTheOrganisation() {
        org.ingest(EventBuilder.interaction("ann", "carl").day(1).build());

        CellCounts one = new CellCounts(1, 1, 2);
        assertThat(eng(1).cell(Scope.ACROSS, Novelty.NEW)).isEqualTo(one);
        assertThat(unit("support", 1).cell(Scope.ACROSS, Novelty.NEW)).isEqualTo(one);
        assertThat(unit(null, 1).cell(Scope.ACROSS, Novelty.NEW)).isEqualTo(one);
        assertThat(unit("support", 1).externalTies()).isEqualTo(1);
        assertThat(unit("support", 1).newCrossSiloTies()).isEqualTo(1);
    }

    @Test
    void anExternalInteractionByACustomer_shouldCountForTheCustomerAndInTheTeamsEiIndex() {
        org.ingest(EventBuilder.interaction("dora", "bob").day(1).in("ENG").build());

        assertThat(eng(1).interactions()).isZero();
        assertThat(eng(1).externalTies()).isEqualTo(1);
        assertThat(eng(1).customerFacingActivity()).isTrue();
        assertThat(unit("acme", 1).cell(Scope.EXTERNAL, Novelty.NEW)).isEqualTo(new CellCounts(1, 1, 2));
    }

    @Test
    void days_shouldBeTheOrganisationsDays() {
        // 12:00 UTC on 2 March is 01:00 on 3 March in Auckland.
        org.ingest(EventBuilder.interaction("ann", "bob").at(Instant.parse("2026-03-02T12:00:00Z")).build());

        long third = LocalDate.parse("2026-03-03").toEpochDay();
        assertThat(target.unit("eng", third, third + 1, null).interactions()).isEqualTo(1);
        assertThat(target.unit("eng", third - 1, third, null).interactions()).isZero();
    }

    /**
     * A writer that has updated an item's row but not committed yet holds the item's stripe: a
     * second writer of the same item waits and then reads what the first committed, rather than
     * merge into the row as it was and overwrite the first one's response.
     */
    @Test
    void twoWritersOfOneItem_shouldNotLoseEitherOnesResponse() throws Exception {
        org.ingest(EventBuilder.event().actor("ann").alone().verb(Verb.CREATED).url("/pages/1").day(0).build());
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        EventIngest held = new EventIngest(db().ao(), new Classifier(Duration.ofDays(90)), org.membership(),
                org.catalog(), new Held(new RollupMaintenance(db().ao(), ZONE), inside, release));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> held.ingest(List.of(
                    EventBuilder.interaction("bob", "ann").url("/pages/1#comment-2").day(10).build())));
            assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();
            Future<?> second = pool.submit(() -> org.ingest(
                    EventBuilder.interaction("ann", "ann").url("/pages/1#comment-3").day(5).build()));
            // Gives the second writer time to overtake the first, which only the locks prevent.
            Thread.sleep(300);
            release.countDown();
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }

        assertThat(eng(0).firstResponses()).extracting(WorkItem::duration).containsExactly(Duration.ofDays(10));
    }

    /** Maintains the rollups, then holds the transaction open until released. */
    private static final class Held implements StoredBatchListener {
        private final StoredBatchListener rollups;
        private final CountDownLatch inside;
        private final CountDownLatch release;

        Held(StoredBatchListener rollups, CountDownLatch inside, CountDownLatch release) {
            this.rollups = rollups;
            this.inside = inside;
            this.release = release;
        }

        @Override
        public void lockKeys(CapturedEvent event, Consumer<String> keys) {
            rollups.lockKeys(event, keys);
        }

        @Override
        public void stored(List<ActivityEvent> added, List<NoveltyChange> changed) {
            rollups.stored(added, changed);
            inside.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private UnitCounts eng(long day) {
        return unit("eng", day);
    }

    /** @param day days after {@link EventBuilder#T0}: that one day, in every container */
    private UnitCounts unit(String team, long day) {
        long first = Days.of(EventBuilder.T0, ZONE) + day;
        return target.unit(team, first, first + 1, null);
    }
}
