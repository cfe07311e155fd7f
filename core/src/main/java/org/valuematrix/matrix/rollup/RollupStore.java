package org.valuematrix.matrix.rollup;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.valuematrix.activity.ingest.Chunks;
import org.valuematrix.matrix.ao.AOPersonDay;
import org.valuematrix.matrix.ao.AOTieDay;
import org.valuematrix.matrix.ao.AOWorkItem;
import org.valuematrix.spi.EntityAccess;

/**
 * Writes a {@link RollupDelta} into the rollup tables inside the caller's transaction, in a few
 * statements whatever the batch's size: reads the rows it touches with one bound list per table
 * and chunk, deletes the rows that change with one more, and writes their new values together
 * with the missing rows in one bulk insert per table (Active Objects updates one row per
 * statement; a batch changes hundreds). Tie rows whose count falls to zero are deleted. Then
 * deletes the cached answers ({@link FiguresCache}) that read one of the days it changed. The
 * caller holds the locks of every row the delta touches.
 */
final class RollupStore {
    private final EntityAccess ao;
    private final FiguresCache cache;

    RollupStore(EntityAccess ao) {
        this.ao = ao;
        this.cache = new FiguresCache(ao, Clock.systemUTC());
    }

    void apply(RollupDelta delta) {
        apply(delta, Integer.MAX_VALUE);
    }

    /**
     * @param storedUpTo the last day for which tie and person rows may be stored already: a
     *     rebuild's page knows that no row of a later day exists yet, and need not look for one
     */
    void apply(RollupDelta delta, int storedUpTo) {
        SortedSet<Integer> days = new TreeSet<>();
        ties(delta.ties, storedUpTo, days);
        people(delta.people, storedUpTo, days);
        items(delta.items, delta.zone(), days);
        if (!days.isEmpty()) {
            cache.invalidate(days);
        }
    }

    /** Holds off batches and readers keeping answers until the caller's transaction ends (a rebuild's pages). */
    void closeGates() {
        cache.closeGates();
    }

    /** Deletes every cached answer, in the caller's transaction. */
    void clearCache() {
        cache.clear();
    }

    private void ties(Map<String, TieDayRow> changes, int storedUpTo, SortedSet<Integer> days) {
        changes.values().removeIf(r -> r.interactions == 0);
        Map<String, AOTieDay> stored = new HashMap<>();
        for (List<String> chunk : Chunks.of(keys(changes.values(), r -> r.day <= storedUpTo, r -> r.key))) {
            for (AOTieDay row : ao.find(AOTieDay.class, Query.select("ID, ROW_KEY, INTERACTIONS")
                    .where("ROW_KEY IN (" + Chunks.placeholders(chunk.size()) + ")", chunk.toArray()))) {
                stored.put(row.getRowKey(), row);
            }
        }
        List<Map<String, Object>> created = new ArrayList<>();
        List<Integer> replaced = new ArrayList<>();
        for (TieDayRow change : changes.values()) {
            AOTieDay row = stored.get(change.key);
            // Never below zero: an interaction stored before the rollups existed was never
            // counted, so moving it finds nothing to take away (a rebuild counts everything).
            int before = row == null ? 0 : row.getInteractions();
            int count = Math.max(0, before + change.interactions);
            if (count == before) {
                continue;
            }
            days.add(change.day);
            if (row != null) {
                replaced.add(row.getID());
            }
            if (count > 0) {
                created.add(change.columns(count));
            }
        }
        delete(AOTieDay.class, replaced);
        if (!created.isEmpty()) {
            ao.create(AOTieDay.class, created);
        }
    }

    private void people(Map<String, PersonDayRow> changes, int storedUpTo, SortedSet<Integer> days) {
        Map<String, AOPersonDay> stored = new HashMap<>();
        for (List<String> chunk : Chunks.of(keys(changes.values(), r -> r.day <= storedUpTo, r -> r.key))) {
            for (AOPersonDay row : ao.find(AOPersonDay.class, Query.select("ID, ROW_KEY, CONTRIBUTED")
                    .where("ROW_KEY IN (" + Chunks.placeholders(chunk.size()) + ")", chunk.toArray()))) {
                stored.put(row.getRowKey(), row);
            }
        }
        List<Map<String, Object>> created = new ArrayList<>();
        List<Integer> replaced = new ArrayList<>();
        for (PersonDayRow change : changes.values()) {
            AOPersonDay row = stored.get(change.key);
            if (row == null || (change.contributed && !row.isContributed())) {
                days.add(change.day);
                created.add(change.columns());
                if (row != null) {
                    replaced.add(row.getID());
                }
            }
        }
        delete(AOPersonDay.class, replaced);
        if (!created.isEmpty()) {
            ao.create(AOPersonDay.class, created);
        }
    }

    private void items(Map<String, ItemRow> changes, ZoneId zone, SortedSet<Integer> days) {
        changes.values().removeIf(ItemRow::isEmpty);
        Map<String, AOWorkItem> stored = new HashMap<>();
        for (List<String> chunk : Chunks.of(changes.keySet())) {
            for (AOWorkItem row : ao.find(AOWorkItem.class,
                    Query.select().where("ITEM_KEY IN (" + Chunks.placeholders(chunk.size()) + ")", chunk.toArray()))) {
                stored.put(row.getItemKey(), row);
            }
        }
        List<Map<String, Object>> created = new ArrayList<>();
        List<Integer> replaced = new ArrayList<>();
        for (ItemRow change : changes.values()) {
            AOWorkItem row = stored.get(change.key);
            ItemRow merged = change;
            if (row != null) {
                ItemRow was = ItemRow.of(row);
                merged = ItemRow.of(row);
                merged.merge(change);
                if (!merged.copyTo(row)) {
                    continue;
                }
                replaced.add(row.getID());
                itemDays(was, zone, days);
            }
            itemDays(merged, zone, days);
            created.add(merged.columns());
        }
        delete(AOWorkItem.class, replaced);
        if (!created.isEmpty()) {
            ao.create(AOWorkItem.class, created);
        }
    }

    /** An item counts in the period of its creation (first responses) and of its resolution (cycles). */
    private static void itemDays(ItemRow item, ZoneId zone, SortedSet<Integer> days) {
        if (item.createdAt != null) {
            days.add(Math.toIntExact(Days.of(Instant.ofEpochMilli(item.createdAt), zone)));
        }
        if (item.resolvedAt != null) {
            days.add(Math.toIntExact(Days.of(Instant.ofEpochMilli(item.resolvedAt), zone)));
        }
    }

    private static <R> List<String> keys(Collection<R> rows, Predicate<R> mayBeStored, Function<R, String> key) {
        List<String> out = new ArrayList<>(rows.size());
        for (R row : rows) {
            if (mayBeStored.test(row)) {
                out.add(key.apply(row));
            }
        }
        return out;
    }

    private void delete(Class<? extends RawEntity<Integer>> table, List<Integer> ids) {
        for (List<Integer> chunk : Chunks.of(ids)) {
            ao.deleteWithSQL(table, "ID IN (" + Chunks.placeholders(chunk.size()) + ")", chunk.toArray());
        }
    }
}
