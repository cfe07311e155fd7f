package org.valuematrix.activity.ingest;

import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;
import org.valuematrix.spi.EntityAccess;

/**
 * Takes, in the caller's transaction, the locks an ingest batch takes for the given keys (see
 * {@link TieLocks}; a {@link StoredBatchListener} adds keys of its own through
 * {@link StoredBatchListener#lockKeys}). When {@link #lock} returns, every batch that held one of
 * them has committed, and batches that need one wait until the caller's transaction ends: for
 * rare work that must meet no batch half-stored.
 */
public final class IngestLocks {
    private final TieLocks locks;

    public IngestLocks(EntityAccess ao) {
        this.locks = new TieLocks(ao);
    }

    /** Must run inside a transaction; the locks last until it ends. */
    public void lock(Collection<String> keys) {
        SortedSet<Integer> stripes = new TreeSet<>();
        for (String key : keys) {
            stripes.add(TieLocks.stripeOf(key));
        }
        if (!locks.lock(stripes)) {
            // The lock rows are created by the first ingest; before it no batch can hold one,
            // but they must exist for later batches to meet the caller. A node creating them at
            // the same moment makes this fail; the caller then gives up its work.
            locks.createMissing();
            if (!locks.lock(stripes)) {
                throw new IllegalStateException("the ingest lock rows could not be created");
            }
        }
    }
}
