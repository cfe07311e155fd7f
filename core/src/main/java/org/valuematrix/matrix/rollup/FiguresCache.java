package org.valuematrix.matrix.rollup;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.function.Function;
import java.util.function.Supplier;
import net.java.ao.Query;
import org.valuematrix.activity.ingest.IngestLocks;
import org.valuematrix.matrix.ao.AOMatrixFigures;
import org.valuematrix.spi.EntityAccess;

/**
 * The database-held cache of rollup reads ({@link AOMatrixFigures}), safe on any number of
 * nodes: nothing is kept in memory, and an answer is kept only if no change to the rollup rows
 * it read can have been committed after it was read.
 *
 * <p>How: every batch that changes rollup rows holds one of a few gate locks ({@link #GATES},
 * taken through {@link RollupMaintenance#lockKeys}, so with ingest's own locks and in their
 * order). The reader first writes an empty row for the answer while it holds all the gates
 * ({@link IngestLocks}), so no batch is half-stored at that moment and every later one sees the
 * row. It then computes the answer and fills the row only if it still exists. Every
 * transaction that changes rollup rows deletes, before it commits, the rows whose days hold one
 * of the days it changed ({@link #invalidate}); a batch that committed after the reader began
 * has therefore deleted the empty row (or holds it locked until it has), and the answer is
 * thrown away instead of kept. A failure anywhere in the cache only costs the saving: the answer
 * is computed as if there were no cache.
 */
final class FiguresCache {
    /** Rows older than this are deleted whenever a new one is written, filled or not. */
    static final long KEEP_MILLIS = 7L * 24 * 60 * 60 * 1000;
    /** Lock keys of the gates: few, so a reader takes few locks; more than one, so small batches rarely queue on one. */
    static final List<String> GATES = List.of("figures\n0", "figures\n1", "figures\n2", "figures\n3");
    /** Day ranges per delete statement. */
    private static final int RANGES_PER_DELETE = 50;

    private final EntityAccess ao;
    private final IngestLocks locks;
    private final Clock clock;

    FiguresCache(EntityAccess ao, Clock clock) {
        this.ao = ao;
        this.locks = new IngestLocks(ao);
        this.clock = clock;
    }

    /**
     * @param key a digest of everything the answer depends on besides the rollup rows
     * @param dependsFrom the first day whose rollup rows {@code compute} reads; {@code toDay} the day after the last
     */
    <T> T get(String key, long dependsFrom, long toDay, Supplier<T> compute, Function<T, String> encode,
            Function<String, T> decode) {
        String cached = find(key);
        if (cached != null) {
            return decode.apply(cached);
        }
        Integer claim = claim(key, dependsFrom, toDay);
        T answer = compute.get();
        if (claim != null) {
            fill(claim, encode.apply(answer));
        }
        return answer;
    }

    /**
     * As {@link #get}, for answers that one computation yields together: when {@code wanted} is
     * not kept, computes them all and keeps each under its key (the keys of {@code compute}'s
     * map), so that asking for another of them next reads it back.
     *
     * @param keys the cache key of each answer {@code compute} yields, by its key in the map
     */
    <K, T> T getTogether(K wanted, Map<K, String> keys, long dependsFrom, long toDay, Supplier<Map<K, T>> compute,
            Function<T, String> encode, Function<String, T> decode) {
        String cached = find(keys.get(wanted));
        if (cached != null) {
            return decode.apply(cached);
        }
        Map<K, Integer> claims = new HashMap<>();
        for (Map.Entry<K, String> e : keys.entrySet()) {
            Integer claim = claim(e.getValue(), dependsFrom, toDay);
            if (claim != null) {
                claims.put(e.getKey(), claim);
            }
        }
        Map<K, T> answers = compute.get();
        claims.forEach((k, claim) -> fill(claim, encode.apply(answers.get(k))));
        return answers.get(wanted);
    }

    /**
     * Deletes, in the caller's transaction, every answer that read one of the days. The caller
     * changes the rollup rows of those days in the same transaction, under ingest's locks.
     */
    void invalidate(SortedSet<Integer> days) {
        List<int[]> ranges = new ArrayList<>();
        for (int day : days) {
            int[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
            if (last != null && day == last[1] + 1) {
                last[1] = day;
            } else {
                ranges.add(new int[] {day, day});
            }
        }
        for (int i = 0; i < ranges.size(); i += RANGES_PER_DELETE) {
            List<int[]> part = ranges.subList(i, Math.min(ranges.size(), i + RANGES_PER_DELETE));
            List<String> ors = new ArrayList<>();
            List<Object> params = new ArrayList<>();
            for (int[] r : part) {
                ors.add("(DEPENDS_FROM <= ? AND TO_DAY > ?)");
                params.add(r[1]);
                params.add(r[0]);
            }
            ao.deleteWithSQL(AOMatrixFigures.class, String.join(" OR ", ors), params.toArray());
        }
    }

    /** @return the gate a batch storing an event of this actor holds */
    static String gate(String actor) {
        return GATES.get(Math.floorMod(actor.hashCode(), GATES.size()));
    }

    /** Waits for every batch that changes rollup rows and holds later ones off, in the caller's transaction. */
    void closeGates() {
        locks.lock(GATES);
    }

    /** Deletes every answer, in the caller's transaction (a rebuild). */
    void clear() {
        ao.deleteWithSQL(AOMatrixFigures.class, "ID > ?", 0);
    }

    private String find(String key) {
        try {
            AOMatrixFigures[] rows = ao.find(AOMatrixFigures.class, Query.select("ID, FIGURES")
                    .where("CACHE_KEY = ? AND FILLED = ?", key, true).limit(1));
            return rows.length == 0 ? null : rows[0].getFigures();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** @return the id of the empty row, or null when it could not be written */
    private Integer claim(String key, long dependsFrom, long toDay) {
        long now = clock.millis();
        try {
            return ao.executeInTransaction(() -> {
                locks.lock(GATES);
                ao.deleteWithSQL(AOMatrixFigures.class, "CREATED_AT < ?", now - KEEP_MILLIS);
                Map<String, Object> row = new HashMap<>();
                row.put("CACHE_KEY", key);
                row.put("DEPENDS_FROM", Math.toIntExact(dependsFrom));
                row.put("TO_DAY", Math.toIntExact(toDay));
                row.put("FILLED", false);
                row.put("CREATED_AT", now);
                return ao.create(AOMatrixFigures.class, row).getID();
            });
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void fill(int id, String figures) {
        try {
            ao.executeInTransaction(() -> {
                AOMatrixFigures[] rows = ao.find(AOMatrixFigures.class,
                        Query.select("ID, FILLED").where("ID = ? AND FILLED = ?", id, false));
                if (rows.length == 1) {
                    // Waits for a batch that has deleted the row and not yet committed; then
                    // updates nothing.
                    rows[0].setFigures(figures);
                    rows[0].setFilled(true);
                    rows[0].save();
                }
                return null;
            });
        } catch (RuntimeException e) {
            // Not kept: the next read computes it again.
        }
    }
}
