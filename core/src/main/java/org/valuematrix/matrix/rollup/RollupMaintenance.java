package org.valuematrix.matrix.rollup;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.valuematrix.activity.ActivityEvent;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.ingest.NoveltyChange;
import org.valuematrix.activity.ingest.StoredBatchListener;
import org.valuematrix.spi.EntityAccess;

/**
 * Keeps the rollup tables ({@link org.valuematrix.matrix.ao.AOTieDay},
 * {@link org.valuematrix.matrix.ao.AOPersonDay}, {@link org.valuematrix.matrix.ao.AOWorkItem})
 * up to date as events are stored, in each batch's own transaction.
 *
 * <p>Any number of writers, on any number of nodes, yield the rollups of one sequential ingest:
 * tie rows are written under their tie's lock, which ingest holds anyway; the batch also locks
 * the stripes of each actor (their person-day rows) and of each work item (see
 * {@link #lockKeys}), and one of the gates of the kept answers ({@link FiguresCache}). Every rollup is a sum, a set or a minimum of its events' stored values,
 * so arrival order does not matter; a reclassified interaction moves its count between the
 * novelty rows. Duplicates never reach here.
 *
 * <p>Days are epoch days in the zone of the {@link RollupCoverage} read in each batch's
 * transaction: a change of zone needs a {@link RollupRebuild rebuild}, as does a site whose events
 * were stored before the rollups existed. While a rebuild fills the tables, an event (or a
 * reclassified one) that occurred after what it has counted so far is left to it.
 */
public class RollupMaintenance implements StoredBatchListener {
    private final Supplier<RollupCoverage> coverage;
    private final RollupStore store;

    /** Counts every event, in a fixed zone. */
    public RollupMaintenance(EntityAccess ao, ZoneId zone) {
        this(ao, () -> RollupCoverage.complete(zone));
    }

    /** @param coverage read in each batch's transaction, under its stripes ({@link RollupStates#coverage()}) */
    public RollupMaintenance(EntityAccess ao, Supplier<RollupCoverage> coverage) {
        this.coverage = coverage;
        this.store = new RollupStore(ao);
    }

    @Override
    public void lockKeys(CapturedEvent event, Consumer<String> keys) {
        keys.accept("person\n" + event.actor());
        keys.accept(FiguresCache.gate(event.actor()));
        WorkItemKeys.of(event.product(), event.object()).ifPresent(item -> keys.accept("item\n" + item));
    }

    @Override
    public void stored(List<ActivityEvent> added, List<NoveltyChange> changed) {
        RollupCoverage now = coverage.get();
        RollupDelta delta = new RollupDelta(now.zone());
        for (ActivityEvent e : added) {
            if (now.covers(e.captured().occurredAt())) {
                delta.add(e);
            }
        }
        for (NoveltyChange c : changed) {
            if (now.covers(c.before().captured().occurredAt())) {
                delta.move(c);
            }
        }
        store.apply(delta);
    }
}
