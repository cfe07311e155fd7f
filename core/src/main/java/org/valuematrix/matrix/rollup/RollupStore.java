package org.valuematrix.matrix.rollup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.valuematrix.activity.ingest.Chunks;
import org.valuematrix.matrix.ao.AOPersonDay;
import org.valuematrix.matrix.ao.AOTieDay;
import org.valuematrix.matrix.ao.AOWorkItem;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.spi.EntityAccessException;

/**
 * Writes a {@link RollupDelta} into the rollup tables inside the caller's transaction: reads the
 * rows it touches with one bound list per table and chunk, updates the rows that change, creates
 * the missing ones in one bulk insert per table, and deletes tie rows whose count falls to zero.
 * The caller holds the locks of every row the delta touches.
 */
final class RollupStore {
    private final EntityAccess ao;

    RollupStore(EntityAccess ao) {
        this.ao = ao;
    }

    void apply(RollupDelta delta) {
        ties(delta.ties);
        people(delta.people);
        items(delta.items);
    }

    private void ties(Map<String, TieDayRow> changes) {
        changes.values().removeIf(r -> r.interactions == 0);
        Map<String, AOTieDay> stored = new HashMap<>();
        for (List<String> chunk : Chunks.of(changes.keySet())) {
            for (AOTieDay row : ao.find(AOTieDay.class, Query.select("ID, ROW_KEY, INTERACTIONS")
                    .where("ROW_KEY IN (" + Chunks.placeholders(chunk.size()) + ")", chunk.toArray()))) {
                stored.put(row.getRowKey(), row);
            }
        }
        List<Map<String, Object>> created = new ArrayList<>();
        List<Integer> emptied = new ArrayList<>();
        for (TieDayRow change : changes.values()) {
            AOTieDay row = stored.get(change.key);
            // Never below zero: an interaction stored before the rollups existed was never
            // counted, so moving it finds nothing to take away (a rebuild counts everything).
            int count = Math.max(0, (row == null ? 0 : row.getInteractions()) + change.interactions);
            if (row == null) {
                if (count > 0) {
                    created.add(change.columns(count));
                }
            } else if (count == 0) {
                emptied.add(row.getID());
            } else {
                row.setInteractions(count);
                save(row);
            }
        }
        for (List<Integer> chunk : Chunks.of(emptied)) {
            ao.deleteWithSQL(AOTieDay.class, "ID IN (" + Chunks.placeholders(chunk.size()) + ")", chunk.toArray());
        }
        if (!created.isEmpty()) {
            ao.create(AOTieDay.class, created);
        }
    }

    private void people(Map<String, PersonDayRow> changes) {
        Map<String, AOPersonDay> stored = new HashMap<>();
        for (List<String> chunk : Chunks.of(changes.keySet())) {
            for (AOPersonDay row : ao.find(AOPersonDay.class, Query.select("ID, ROW_KEY, CONTRIBUTED")
                    .where("ROW_KEY IN (" + Chunks.placeholders(chunk.size()) + ")", chunk.toArray()))) {
                stored.put(row.getRowKey(), row);
            }
        }
        List<Map<String, Object>> created = new ArrayList<>();
        for (PersonDayRow change : changes.values()) {
            AOPersonDay row = stored.get(change.key);
            if (row == null) {
                created.add(change.columns());
            } else if (change.contributed && !row.isContributed()) {
                row.setContributed(true);
                save(row);
            }
        }
        if (!created.isEmpty()) {
            ao.create(AOPersonDay.class, created);
        }
    }

    private void items(Map<String, ItemRow> changes) {
        changes.values().removeIf(ItemRow::isEmpty);
        Map<String, AOWorkItem> stored = new HashMap<>();
        for (List<String> chunk : Chunks.of(changes.keySet())) {
            for (AOWorkItem row : ao.find(AOWorkItem.class,
                    Query.select().where("ITEM_KEY IN (" + Chunks.placeholders(chunk.size()) + ")", chunk.toArray()))) {
                stored.put(row.getItemKey(), row);
            }
        }
        List<Map<String, Object>> created = new ArrayList<>();
        for (ItemRow change : changes.values()) {
            AOWorkItem row = stored.get(change.key);
            if (row == null) {
                created.add(change.columns());
                continue;
            }
            ItemRow merged = ItemRow.of(row);
            merged.merge(change);
            if (merged.copyTo(row)) {
                save(row);
            }
        }
        if (!created.isEmpty()) {
            ao.create(AOWorkItem.class, created);
        }
    }

    /** Active Objects reports a refused update as whatever its proxy throws; callers expect this. */
    private static void save(RawEntity<?> entity) {
        try {
            entity.save();
        } catch (EntityAccessException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new EntityAccessException("could not update a rollup row", e);
        }
    }
}
