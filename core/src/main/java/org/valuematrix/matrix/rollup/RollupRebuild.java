package org.valuematrix.matrix.rollup;

import java.time.ZoneId;
import net.java.ao.Query;
import org.valuematrix.activity.ao.AOActivityEvent;
import org.valuematrix.activity.stream.StreamStore;
import org.valuematrix.matrix.ao.AOPersonDay;
import org.valuematrix.matrix.ao.AOTieDay;
import org.valuematrix.matrix.ao.AOWorkItem;
import org.valuematrix.spi.EntityAccess;

/**
 * Recomputes every rollup from the stored events: deletes the rollup tables, then reads the
 * events in occurrence order a page at a time and writes what each page adds, exactly as ingest
 * does ({@link RollupDelta}, {@link RollupStore}), one transaction per page. The result is what
 * incremental maintenance yields for the same stored events, whatever order they arrived in.
 *
 * <p>Events are not reclassified: their stored scope, novelty and teams are used as they are.
 * Memory stays flat: one page of events and its delta at a time. Cached answers
 * ({@link FiguresCache}) are deleted with the rollups, and each page deletes those of its days
 * while it holds the gates batches hold ({@link FiguresCache}).
 *
 * <p>Not to be run while events are being stored: an event stored between the deletion and
 * the page that covers its time would be counted twice. The caller (an admin job, once per
 * cluster) pauses ingest or runs when nothing is captured.
 */
public class RollupRebuild {
    static final int PAGE = 2_000;

    private final EntityAccess ao;
    private final ZoneId zone;
    private final RollupStore store;

    public RollupRebuild(EntityAccess ao, ZoneId zone) {
        this.ao = ao;
        this.zone = zone;
        this.store = new RollupStore(ao);
    }

    /** @return how many events were read */
    public long rebuild() {
        ao.executeInTransaction(() -> {
            store.closeGates();
            store.clearCache();
            ao.deleteWithSQL(AOTieDay.class, "ID > ?", 0);
            ao.deleteWithSQL(AOPersonDay.class, "ID > ?", 0);
            ao.deleteWithSQL(AOWorkItem.class, "ID > ?", 0);
            return null;
        });
        long read = 0;
        long afterAt = Long.MIN_VALUE;
        long afterId = Long.MIN_VALUE;
        while (true) {
            long at = afterAt;
            long id = afterId;
            AOActivityEvent[] rows = ao.executeInTransaction(() -> page(at, id));
            read += rows.length;
            if (rows.length < PAGE) {
                return read;
            }
            afterAt = rows[rows.length - 1].getOccurredAt();
            afterId = rows[rows.length - 1].getID();
        }
    }

    private AOActivityEvent[] page(long afterAt, long afterId) {
        // A reader that cached an answer while the page was half-written would keep it.
        store.closeGates();
        AOActivityEvent[] rows = ao.find(AOActivityEvent.class, Query.select(StreamStore.COLUMNS)
                .where("OCCURRED_AT > ? OR (OCCURRED_AT = ? AND ID > ?)", afterAt, afterAt, afterId)
                .order("OCCURRED_AT ASC, ID ASC").limit(PAGE));
        RollupDelta delta = new RollupDelta(zone);
        for (AOActivityEvent row : rows) {
            delta.add(StreamStore.toEvent(row));
        }
        store.apply(delta);
        return rows;
    }
}
