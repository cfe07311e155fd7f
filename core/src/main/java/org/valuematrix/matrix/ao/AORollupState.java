package org.valuematrix.matrix.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The one row that says what the rollup tables hold and what rebuilds them: the time zone their
 * days are counted in, how far a running rebuild has counted the stored events, and the state and
 * progress of the last rebuild requested. Every node reads it from here (nothing of it is kept on
 * a node), and it changes only in transactions that hold every ingest stripe.
 */
@Table("MX_ROLLUP_STATE")
public interface AORollupState extends Entity {
    @NotNull
    @Unique
    @StringLength(32)
    String getName();

    void setName(String name);

    /** The zone the rows' epoch days are counted in. */
    @NotNull
    String getZone();

    void setZone(String zone);

    /** Whether a rebuild is filling the tables: then only events up to {@link #getCoveredTo()} are counted in them. */
    @NotNull
    boolean isRebuilding();

    void setRebuilding(boolean rebuilding);

    /** Epoch milliseconds: a rebuild has counted every stored event that occurred at or before this. */
    @NotNull
    long getCoveredTo();

    void setCoveredTo(long coveredTo);

    /** idle, queued, running, done or failed. */
    @NotNull
    String getState();

    void setState(String state);

    @NotNull
    boolean isReclassify();

    void setReclassify(boolean reclassify);

    String getRequestedBy();

    void setRequestedBy(String userKey);

    @NotNull
    long getRequestedAt();

    void setRequestedAt(long at);

    @NotNull
    long getStartedAt();

    void setStartedAt(long at);

    @NotNull
    long getFinishedAt();

    void setFinishedAt(long at);

    /** When the node running the rebuild last wrote a page: a stale one is taken over. */
    @NotNull
    long getHeartbeatAt();

    void setHeartbeatAt(long at);

    /** A token of the run that holds the rebuild. */
    String getRunner();

    void setRunner(String runner);

    @NotNull
    long getEventsDone();

    void setEventsDone(long done);

    @NotNull
    long getEventsTotal();

    void setEventsTotal(long total);

    @StringLength(450)
    String getFailure();

    void setFailure(String failure);
}
