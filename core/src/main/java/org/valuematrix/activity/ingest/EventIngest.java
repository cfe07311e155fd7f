package org.valuematrix.activity.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.Classifier;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.team.TeamCatalog;
import org.valuematrix.team.TeamMembership;

/**
 * Classifies and stores a batch of captured events in one transaction: all of the batch or
 * none of it. Idempotent by source id.
 *
 * <p>Safe for any number of writers at once (the capture queue, imports, several cluster
 * nodes on one database): each source id is stored once, and what is stored is exactly what
 * one writer storing every event in occurrence order would have stored. Writers of the same
 * ties wait for each other ({@link TieLocks}); novelty is a function of each tie's stored
 * interactions, so an earlier interaction that arrives late reclassifies the later ones it
 * precedes ({@link TieHistory}). A transaction that meets another writer anyway (a deadlock,
 * a serialisation failure, a source id another writer stored first) is retried with
 * {@link Backoff}; only a failure that persists, or that no retry can cure, reaches the caller.
 */
public class EventIngest {
    private final EntityAccess ao;
    private final TieLocks locks;
    private final BatchWrite write;
    private volatile boolean locksReady;

    public EventIngest(EntityAccess ao, Classifier classifier, TeamMembership membership, TeamCatalog catalog) {
        this(ao, classifier, membership, catalog, StoredBatchListener.NONE);
    }

    /** @param listener maintains what follows from the stored events (the rollups) in each batch's transaction */
    public EventIngest(EntityAccess ao, Classifier classifier, TeamMembership membership, TeamCatalog catalog,
            StoredBatchListener listener) {
        this(ao, classifier, membership, catalog, listener, Exclusions.NONE);
    }

    /** @param exclusions the people whose events are not stored (read in each batch's transaction) */
    public EventIngest(EntityAccess ao, Classifier classifier, TeamMembership membership, TeamCatalog catalog,
            StoredBatchListener listener, Exclusions exclusions) {
        this.ao = ao;
        this.locks = new TieLocks(ao);
        this.write = new BatchWrite(ao, locks, classifier, membership, catalog, listener, exclusions);
    }

    /**
     * Runs the work in one transaction that holds every stripe, on whatever node: no batch is
     * stored, anywhere in the cluster, while it runs (batches wait for it, and it waits for the
     * batches in progress to commit). For work that must see, or change, the stored events and
     * what is maintained from them as one consistent whole: a rebuild's page, an erasure. Keep
     * it short: every writer waits.
     */
    public <T> T exclusively(Supplier<T> work) {
        SortedSet<Integer> all = new TreeSet<>();
        for (int stripe = 0; stripe < TieLocks.STRIPES; stripe++) {
            all.add(stripe);
        }
        Backoff backoff = new Backoff();
        while (true) {
            createLocksOnce();
            try {
                return ao.executeInTransaction(() -> {
                    if (!locks.lock(all)) {
                        throw new BatchWrite.LocksMissing();
                    }
                    return work.get();
                });
            } catch (BatchWrite.LocksMissing e) {
                locksReady = false;
                if (!backoff.pause()) {
                    throw new IllegalStateException("tie lock rows could not be created", e);
                }
            } catch (RuntimeException e) {
                if (!TransientFailures.isTransient(e) || !backoff.pause()) {
                    throw e;
                }
            }
        }
    }

    /**
     * Looks the batch's source ids up before it writes: for imports, where some events may be
     * stored already.
     *
     * @param events events in any order
     * @return the outcome of each event, in the order given
     */
    public List<IngestOutcome> ingest(List<CapturedEvent> events) {
        return ingest(events, false);
    }

    /**
     * Writes the batch straight away and looks its source ids up only if the database refuses
     * it: for host events, which are new unless the host delivers one again. Same outcome as
     * {@link #ingest}, without a look-up per batch that PostgreSQL answers by scanning the
     * table until the table is large (500 index probes cost more than a scan, in its model).
     *
     * @param events events in any order
     * @return the outcome of each event, in the order given
     */
    public List<IngestOutcome> ingestNew(List<CapturedEvent> events) {
        return ingest(events, true);
    }

    private List<IngestOutcome> ingest(List<CapturedEvent> events, boolean insertFirst) {
        List<CapturedEvent> storable = new ArrayList<>(events.size());
        for (CapturedEvent e : events) {
            storable.add(EventRows.withoutNul(e));
        }
        Backoff backoff = new Backoff();
        boolean lookUp = !insertFirst;
        while (true) {
            boolean careful = lookUp;
            try {
                createLocksOnce();
                return ao.executeInTransaction(() -> write.write(storable, careful));
            } catch (BatchWrite.LocksMissing e) {
                locksReady = false;
                if (!backoff.pause()) {
                    throw new IllegalStateException("tie lock rows could not be created", e);
                }
            } catch (RuntimeException e) {
                if (!careful) {
                    // Most likely a source id stored already; the careful pass tells duplicates
                    // apart, and fails again if it was something else.
                    lookUp = true;
                } else if (!TransientFailures.isTransient(e) || !backoff.pause()) {
                    throw e;
                }
            }
        }
    }

    private void createLocksOnce() {
        if (!locksReady) {
            locks.createMissing();
            locksReady = true;
        }
    }
}
