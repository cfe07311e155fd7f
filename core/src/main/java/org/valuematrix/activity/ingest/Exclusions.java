package org.valuematrix.activity.ingest;

import java.util.Set;

/**
 * The people excluded from measurement (value-matrix.md, "Privacy"): none of their own events is
 * stored, and an event that answers one of them is stored as the actor's own, without the
 * counterpart. A port, so that ingest knows nothing of where the list is kept.
 *
 * <p>Contract: {@link #excluded()} is read inside each batch's transaction, after the batch holds
 * its stripes ({@link TieLocks}), and must read what is committed then (no cache): whoever adds a
 * person holds every stripe while it does ({@link EventIngest#exclusively}), so no batch stores
 * their events after the addition commits.
 */
public interface Exclusions {
    /** Nobody is excluded. */
    Exclusions NONE = Set::of;

    /** @return the user keys of everyone excluded now */
    Set<String> excluded();
}
