package org.valuematrix.activity.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import net.java.ao.Query;
import org.valuematrix.activity.ao.AOTieLock;
import org.valuematrix.spi.EntityAccess;

/**
 * Serialises ingest per tie, across threads and cluster nodes, with the database's own row
 * locks: a transaction updates the {@link AOTieLock} row of each stripe it touches, in
 * ascending order, before it reads anything of those ties. A second transaction on the same
 * stripe waits until the first commits, then (READ COMMITTED) reads what it committed; taking
 * stripes in one order means two transactions never wait for each other in a circle.
 *
 * <p>Why stripes rather than one row per tie: a capture batch of 1,000 events touches hundreds
 * of ties, and Active Objects updates one row per statement. A fixed number of stripes bounds
 * that cost per batch, at the price of making unrelated ties that share a stripe wait too.
 */
final class TieLocks {
    /** How many lock rows there are; ties and source ids hash onto them. */
    static final int STRIPES = 64;

    private final EntityAccess ao;

    TieLocks(EntityAccess ao) {
        this.ao = ao;
    }

    /** @return the stripe of a tie key or source id, the same on every node and JVM */
    static int stripeOf(String key) {
        return Math.floorMod(key.hashCode(), STRIPES);
    }

    /**
     * Creates the lock rows that do not exist yet, in a transaction of its own. Two nodes doing
     * this at once may collide on the unique stripe; the loser fails and is retried by the caller.
     */
    void createMissing() {
        ao.executeInTransaction(() -> {
            boolean[] present = new boolean[STRIPES];
            for (AOTieLock row : ao.find(AOTieLock.class, Query.select("ID, STRIPE"))) {
                present[row.getStripe()] = true;
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int stripe = 0; stripe < STRIPES; stripe++) {
                if (!present[stripe]) {
                    Map<String, Object> row = new HashMap<>();
                    row.put("STRIPE", stripe);
                    row.put("REVISION", 0L);
                    rows.add(row);
                }
            }
            if (!rows.isEmpty()) {
                ao.create(AOTieLock.class, rows);
            }
            return null;
        });
    }

    /**
     * Locks the stripes until the current transaction ends. Must run inside one, before the
     * transaction reads anything the stripes protect.
     *
     * @return false when a lock row is missing (nothing can be relied on then: roll back,
     *     {@link #createMissing()} and try again)
     */
    boolean lock(SortedSet<Integer> stripes) {
        if (stripes.isEmpty()) {
            return true;
        }
        AOTieLock[] rows = ao.find(AOTieLock.class, Query.select("ID, STRIPE, REVISION")
                .where("STRIPE IN (" + Chunks.placeholders(stripes.size()) + ")", stripes.toArray()));
        if (rows.length != stripes.size()) {
            return false;
        }
        Arrays.sort(rows, Comparator.comparingInt(AOTieLock::getStripe));
        for (AOTieLock row : rows) {
            row.setRevision(row.getRevision() + 1);
            Rows.save(row);
        }
        return true;
    }
}
