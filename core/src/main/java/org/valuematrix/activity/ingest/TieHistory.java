package org.valuematrix.activity.ingest;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import net.java.ao.Query;
import org.valuematrix.activity.ao.AOActivityEvent;
import org.valuematrix.activity.ao.AOTie;
import org.valuematrix.spi.EntityAccess;

/**
 * When each tie last interacted, for one ingest batch: loaded in one query, updated as the
 * batch is classified in time order, then written back in two statements.
 */
final class TieHistory {
    private final EntityAccess ao;
    private final Map<String, long[]> stored = new HashMap<>();
    private final Map<String, long[]> touched = new HashMap<>();
    private final Map<String, TreeSet<Long>> recorded = new HashMap<>();

    TieHistory(EntityAccess ao, Collection<String> tieKeys) {
        this.ao = ao;
        for (List<String> chunk : Chunks.of(tieKeys)) {
            AOTie[] rows = ao.find(AOTie.class,
                    Query.select().where("TIE_KEY IN (" + Chunks.placeholders(chunk.size()) + ")", chunk.toArray()));
            for (AOTie t : rows) {
                stored.put(t.getTieKey(), new long[] {t.getFirstAt(), t.getLastAt()});
            }
        }
    }

    /** @return the latest interaction of the tie at or before {@code at}, if any */
    Optional<Instant> previous(String tieKey, long at) {
        long best = Long.MIN_VALUE;
        long[] db = stored.get(tieKey);
        if (db != null && db[0] <= at) {
            best = db[1] <= at ? db[1] : latestStoredAtOrBefore(tieKey, at);
        }
        // The batch's own earlier interactions are not in the database yet; the tie's merged
        // last time may be a later stored one (an import of older events), so look them up.
        TreeSet<Long> batch = recorded.get(tieKey);
        Long inBatch = batch == null ? null : batch.floor(at);
        if (inBatch != null) {
            best = Math.max(best, inBatch);
        }
        return best == Long.MIN_VALUE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(best));
    }

    void record(String tieKey, long at) {
        long[] db = stored.get(tieKey);
        long[] t = touched.computeIfAbsent(tieKey,
                k -> db == null ? new long[] {at, at} : new long[] {db[0], db[1]});
        t[0] = Math.min(t[0], at);
        t[1] = Math.max(t[1], at);
        recorded.computeIfAbsent(tieKey, k -> new TreeSet<>()).add(at);
    }

    void write() {
        if (touched.isEmpty()) {
            return;
        }
        List<String> rewritten = new java.util.ArrayList<>(touched.keySet());
        rewritten.retainAll(stored.keySet());
        for (List<String> chunk : Chunks.of(rewritten)) {
            ao.deleteWithSQL(AOTie.class, "TIE_KEY IN (" + Chunks.placeholders(chunk.size()) + ")", chunk.toArray());
        }
        List<Map<String, Object>> rows = new java.util.ArrayList<>(touched.size());
        for (Map.Entry<String, long[]> e : touched.entrySet()) {
            Map<String, Object> row = new HashMap<>();
            row.put("TIE_KEY", e.getKey());
            row.put("FIRST_AT", e.getValue()[0]);
            row.put("LAST_AT", e.getValue()[1]);
            rows.add(row);
        }
        ao.create(AOTie.class, rows);
    }

    // Out-of-order arrival (an import of older events): ask the events themselves.
    private long latestStoredAtOrBefore(String tieKey, long at) {
        AOActivityEvent[] hit = ao.find(AOActivityEvent.class, Query.select("ID, OCCURRED_AT")
                .where("TIE_KEY = ? AND OCCURRED_AT <= ?", tieKey, at).order("OCCURRED_AT DESC").limit(1));
        return hit.length == 0 ? Long.MIN_VALUE : hit[0].getOccurredAt();
    }
}
