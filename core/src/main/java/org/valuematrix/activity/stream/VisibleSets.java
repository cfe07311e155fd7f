package org.valuematrix.activity.stream;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.java.ao.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.valuematrix.activity.ao.AOVisibleKey;
import org.valuematrix.activity.ao.AOVisibleSet;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.spi.EntityAccessException;
import org.valuematrix.support.TtlCache;

/**
 * Visible-container sets stored in the database, so that a stream statement joins them instead
 * of binding a viewer's containers one parameter each.
 *
 * <p>Why: the hosts' JDBC driver (PostgreSQL's) prepares a statement on the server once it has
 * run five times on a connection, and the server then keeps a generic plan. In a generic plan
 * an IN list of 200 parameters is an array built again and searched end to end for every row
 * the index walk reads: 1.9 ms for a page that reads 300 entries, where a stored set is hashed
 * or probed once per row through its index (0.3–1 ms).
 *
 * <p>Only a viewer's whole visible set is stored ({@link StreamStore} reads a few containers, or
 * a container filter narrower than the viewer's set, without one), so the sets grow with the
 * distinct sets of containers the host gives viewers, never with what a viewer asks for.
 *
 * <p>A set is stored once per content (a SHA-256 of its sorted keys) and shared by every viewer
 * and every node that has the same containers. Rules that keep a set from being deleted while
 * a node uses it, without any lock:
 * <ul>
 * <li>a node trusts a set it has found or written for {@link #TRUST_MILLIS} (one hour), then
 * looks again; a look touches the set if its last touch is older than that;</li>
 * <li>a set nobody touched for {@link #PURGE_MILLIS} (a week) is purged by a daily job
 * ({@link #purgeUnused()});</li>
 * <li>a set untouched for {@link #REUSE_MILLIS} (three days) is not reused but replaced by a
 * new copy under a new id, so a look never races a purge of the same set.</li>
 * </ul>
 * Rows deleted by anything else (a restore, a hand-made delete) would make pages empty on a
 * node until its trust expires: never show more than the viewer may see, but fewer.
 */
public class VisibleSets {
    static final long TRUST_MILLIS = 3_600_000L;
    static final long REUSE_MILLIS = 3 * 24 * TRUST_MILLIS;
    static final long PURGE_MILLIS = 7 * 24 * TRUST_MILLIS;
    static final int PURGE_BATCH = 1_000;
    /** Enough for any site in one daily run; a longer backlog is left for the next run. */
    static final int PURGE_BATCHES_PER_RUN = 100;
    private static final Logger LOG = LoggerFactory.getLogger(VisibleSets.class);

    private final EntityAccess ao;
    private final Clock clock;
    private final TtlCache<Set<String>, Integer> known;
    private final int purgeBatch;

    public VisibleSets(EntityAccess ao, Clock clock) {
        this(ao, clock, PURGE_BATCH);
    }

    VisibleSets(EntityAccess ao, Clock clock, int purgeBatch) {
        this.ao = ao;
        this.clock = clock;
        this.known = new TtlCache<>(clock, TRUST_MILLIS, 10_000);
        this.purgeBatch = purgeBatch;
    }

    /**
     * @param keys container keys, not empty: a viewer's whole visible set
     * @return the id of a stored set of exactly these keys, written first if there is none
     */
    public int idOf(Set<String> keys) {
        // Keyed by the set itself: a hit costs a hash-set comparison, where sorting and hashing
        // 200 keys on every page would cost tens of microseconds.
        return known.get(Set.copyOf(keys), known -> {
            Set<String> sorted = new TreeSet<>(known);
            return stored(hash(sorted), sorted);
        });
    }

    private int stored(String hash, Set<String> keys) {
        try {
            return ao.executeInTransaction(() -> findOrWrite(hash, keys));
        } catch (EntityAccessException raced) {
            // Another node wrote the same set at the same moment and the unique hash refused
            // ours; its copy is there now.
            return ao.executeInTransaction(() -> findOrWrite(hash, keys));
        }
    }

    private int findOrWrite(String hash, Set<String> keys) {
        long now = clock.millis();
        AOVisibleSet[] found = ao.find(AOVisibleSet.class, Query.select().where("CONTENT_HASH = ?", hash));
        if (found.length > 0) {
            AOVisibleSet set = found[0];
            if (set.getTouchedAt() > now - REUSE_MILLIS && set.getSize() == keys.size()) {
                if (set.getTouchedAt() < now - TRUST_MILLIS) {
                    set.setTouchedAt(now);
                    set.save();
                }
                return set.getID();
            }
            drop(set.getID());
        }
        int id = ao.create(AOVisibleSet.class, Map.of("CONTENT_HASH", hash, "SIZE", keys.size(), "TOUCHED_AT", now))
                .getID();
        List<Map<String, Object>> rows = new ArrayList<>(keys.size());
        for (String key : keys) {
            rows.add(Map.of("SET_ID", id, "CONTAINER_KEY", key));
        }
        ao.create(AOVisibleKey.class, rows);
        return id;
    }

    private void drop(int id) {
        ao.deleteWithSQL(AOVisibleSet.class, "ID = ?", id);
        ao.deleteWithSQL(AOVisibleKey.class, "SET_ID = ?", id);
    }

    /**
     * Deletes every set that no node has used for {@link #PURGE_MILLIS}, a batch at a time, up
     * to {@link #PURGE_BATCHES_PER_RUN} batches. The scheduler's daily job; safe to run on several
     * nodes at once.
     *
     * @return how many sets this call deleted
     */
    public int purgeUnused() {
        int purged = 0;
        for (int batch = 0; batch < PURGE_BATCHES_PER_RUN; batch++) {
            int deleted = purge();
            purged += deleted;
            if (deleted < purgeBatch) {
                break;
            }
        }
        if (purged > 0) {
            LOG.info("Deleted {} visible-container sets nobody used for a week", purged);
        }
        return purged;
    }

    /**
     * Deletes sets that no node has used for {@link #PURGE_MILLIS}, at most one batch of them.
     *
     * @return how many sets this call deleted
     */
    int purge() {
        long cutoff = clock.millis() - PURGE_MILLIS;
        AOVisibleSet[] stale = ao.find(AOVisibleSet.class,
                Query.select("ID").where("TOUCHED_AT < ?", cutoff).limit(purgeBatch));
        int purged = 0;
        for (AOVisibleSet set : stale) {
            int id = set.getID();
            purged += ao.executeInTransaction(() -> {
                if (ao.deleteWithSQL(AOVisibleSet.class, "ID = ? AND TOUCHED_AT < ?", id, cutoff) == 0) {
                    return 0;
                }
                ao.deleteWithSQL(AOVisibleKey.class, "SET_ID = ?", id);
                return 1;
            });
        }
        return purged;
    }

    static String hash(Set<String> sortedKeys) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String key : sortedKeys) {
                byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
                digest.update(new byte[] {(byte) (bytes.length >> 24), (byte) (bytes.length >> 16),
                    (byte) (bytes.length >> 8), (byte) bytes.length});
                digest.update(bytes);
            }
            StringBuilder hex = new StringBuilder(64);
            for (byte b : digest.digest()) {
                hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
