package org.valuematrix.matrix.rollup;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import net.java.ao.Query;
import org.valuematrix.activity.ActivityEvent;
import org.valuematrix.activity.ao.AOActivityEvent;
import org.valuematrix.activity.stream.StreamStore;
import org.valuematrix.matrix.ao.AOPersonDay;
import org.valuematrix.matrix.ao.AORollupState;
import org.valuematrix.matrix.ao.AOTieDay;
import org.valuematrix.matrix.ao.AOWorkItem;
import org.valuematrix.spi.EntityAccess;

/**
 * Recomputes every rollup from the stored events: {@link #begin} empties the rollup tables, then
 * each {@link #next} reads the following page of events in occurrence order and writes what it
 * adds, exactly as ingest does ({@link RollupDelta}, {@link RollupStore}). The result is what
 * incremental maintenance yields for the same stored events, whatever order they arrived in.
 *
 * <p>Safe while events are being stored, on any node. Each step runs in a transaction that holds
 * every ingest stripe ({@link Exclusive}), so no batch is stored during a step, and records in
 * the {@link AORollupState} row how far the rebuild has counted (an occurrence instant:
 * every event at or before it). Between steps, {@link RollupMaintenance} counts only what a batch
 * adds (or reclassifies) at or before that instant and leaves the later events to the rebuild,
 * which reads them when it gets there; nothing is counted twice or missed. Ingest waits for at
 * most one step (a page of {@value #PAGE} events, plus any that share its last instant).
 *
 * <p>Cached answers ({@link FiguresCache}) are deleted with the rollups, and each step deletes
 * those of its days while it holds the gates batches hold.
 *
 * <p>A rebuild survives its node: the row says where it stands, and another run resumes with
 * {@link #next} from there. Memory stays flat: one page of events and its delta at a time.
 */
public class RollupRebuild {
    static final int PAGE = 5_000;

    /** Runs work in one transaction that holds every ingest stripe (the ingest's {@code exclusively}). */
    public interface Exclusive {
        <T> T run(Supplier<T> work);
    }

    /**
     * What a rebuild does to a stored event before it counts it (a reclassification, which may
     * update the row); {@link #NONE} counts events as they are stored.
     */
    public interface Rewrite {
        Rewrite NONE = (row, event) -> event;

        /** @return the event to count, with the classification now stored for it */
        ActivityEvent apply(AOActivityEvent row, ActivityEvent event);
    }

    /** What one step did. */
    public static final class Step {
        private final int read;
        private final boolean finished;

        Step(int read, boolean finished) {
            this.read = read;
            this.finished = finished;
        }

        public int read() {
            return read;
        }

        /** @return whether every stored event is counted now (the rebuild is over) */
        public boolean finished() {
            return finished;
        }
    }

    private final EntityAccess ao;
    private final RollupStates states;
    private final Exclusive exclusive;
    private final RollupStore store;
    private final int page;

    public RollupRebuild(EntityAccess ao, RollupStates states, Exclusive exclusive) {
        this(ao, states, exclusive, PAGE);
    }

    RollupRebuild(EntityAccess ao, RollupStates states, Exclusive exclusive, int page) {
        this.page = page;
        this.ao = ao;
        this.states = states;
        this.exclusive = exclusive;
        this.store = new RollupStore(ao);
    }

    /** Rebuilds in the current zone, here and now, as stored (no reclassification). @return how many events were read */
    public long rebuild() {
        exclusive.run(() -> {
            begin(ZoneId.of(states.row().getZone()));
            return null;
        });
        long read = 0;
        while (true) {
            Step step = exclusive.run(() -> next(Rewrite.NONE));
            read += step.read();
            if (step.finished()) {
                return read;
            }
        }
    }

    /**
     * Empties the rollup tables and starts counting days in {@code zone}. Runs in the caller's
     * transaction, which must hold every ingest stripe.
     *
     * @return how many events are stored now: the work ahead
     */
    public long begin(ZoneId zone) {
        store.closeGates();
        store.clearCache();
        ao.deleteWithSQL(AOTieDay.class, "ID > ?", 0);
        ao.deleteWithSQL(AOPersonDay.class, "ID > ?", 0);
        ao.deleteWithSQL(AOWorkItem.class, "ID > ?", 0);
        AORollupState row = states.row();
        row.setZone(zone.getId());
        row.setRebuilding(true);
        row.setCoveredTo(Long.MIN_VALUE);
        row.save();
        states.forgetZone();
        return ao.count(AOActivityEvent.class, Query.select());
    }

    /**
     * Counts the next page of stored events. Runs in the caller's transaction, which must hold
     * every ingest stripe; does nothing when no rebuild is under way.
     */
    public Step next(Rewrite rewrite) {
        AORollupState state = states.row();
        if (!state.isRebuilding()) {
            return new Step(0, true);
        }
        // A reader that kept an answer while the page was half-written would keep it stale.
        store.closeGates();
        long after = state.getCoveredTo();
        List<AOActivityEvent> rows = new ArrayList<>(Arrays.asList(ao.find(AOActivityEvent.class,
                Query.select(StreamStore.COLUMNS).where("OCCURRED_AT > ?", after)
                        .order("OCCURRED_AT ASC, ID ASC").limit(page))));
        boolean last = rows.size() < page;
        if (!last) {
            // The instant is the bookmark, so the page takes every event of its last instant.
            AOActivityEvent end = rows.get(rows.size() - 1);
            rows.addAll(Arrays.asList(ao.find(AOActivityEvent.class, Query.select(StreamStore.COLUMNS)
                    .where("OCCURRED_AT = ? AND ID > ?", end.getOccurredAt(), end.getID()).order("ID ASC"))));
        }
        RollupDelta delta = new RollupDelta(ZoneId.of(state.getZone()));
        for (AOActivityEvent row : rows) {
            delta.add(rewrite.apply(row, StreamStore.toEvent(row)));
        }
        // Ingest counts only events up to the bookmark, and earlier pages read no later event,
        // so no row of a day after the bookmark's can exist yet.
        store.apply(delta, after == Long.MIN_VALUE ? Integer.MIN_VALUE
                : Math.toIntExact(Days.of(Instant.ofEpochMilli(after), delta.zone())));
        if (last) {
            state.setRebuilding(false);
            state.setCoveredTo(Long.MAX_VALUE);
        } else {
            state.setCoveredTo(rows.get(rows.size() - 1).getOccurredAt());
        }
        state.save();
        return new Step(rows.size(), last);
    }
}
