package org.valuematrix.activity.ingest;

import java.util.SortedSet;
import java.util.TreeSet;
import org.valuematrix.spi.EntityAccess;

/**
 * Waits out every ingest transaction, on every node: takes every stripe lock that ingest takes
 * (see {@link TieLocks}) in the caller's transaction. When {@link #await()} returns, every batch
 * that had started storing has committed, and batches that start later wait until the caller's
 * transaction ends. Costs one update per stripe; for rare work that must see a moment at which
 * nothing is half-stored (writing a cache entry that ingest invalidates, a rebuild's page).
 */
public final class IngestBarrier {
    private final EntityAccess ao;
    private final TieLocks locks;

    public IngestBarrier(EntityAccess ao) {
        this.ao = ao;
        this.locks = new TieLocks(ao);
    }

    /** Must run inside a transaction; the locks last until it ends. */
    public void await() {
        SortedSet<Integer> all = new TreeSet<>();
        for (int stripe = 0; stripe < TieLocks.STRIPES; stripe++) {
            all.add(stripe);
        }
        if (!locks.lock(all)) {
            // Lock rows are created by the first ingest; before it there is nothing to wait for,
            // but the rows must exist for the caller's later transactions to meet. A node
            // creating them at the same moment makes this fail; the caller gives up its work.
            locks.createMissing();
            if (!locks.lock(all)) {
                throw new IllegalStateException("the ingest lock rows could not be created");
            }
        }
    }
}
