package org.valuematrix.history.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The one row that is the whole state of the history import, on every node: what was requested,
 * which run holds it, its checkpoint (the container it is in and the position after the last item
 * imported) and its progress. Nothing of it is kept on a node. Every change happens in a
 * transaction that first updates {@link #getRevision()}, so changes of two nodes queue on the row.
 */
@Table("HI_IMPORT")
public interface AOHistoryImport extends Entity {
    @NotNull
    @Unique
    @StringLength(32)
    String getName();

    void setName(String name);

    /** never, queued, running, done, cancelled or failed. */
    @NotNull
    @StringLength(16)
    String getState();

    void setState(String state);

    /** Bumped by every transaction that changes the row: the row lock they queue on. */
    @NotNull
    long getRevision();

    void setRevision(long revision);

    /** The first day imported, as the administrator gave it (YYYY-MM-DD); null: everything. */
    @StringLength(10)
    String getSinceDay();

    void setSinceDay(String day);

    /** Epoch milliseconds of the start of {@link #getSinceDay()} in the organisation's zone; 0: everything. */
    @NotNull
    long getSince();

    void setSince(long since);

    /** The pause between two batches, so the site stays responsive. */
    @NotNull
    long getPauseMillis();

    void setPauseMillis(long millis);

    /** The container being imported; null before the first batch. */
    String getContainerKey();

    void setContainerKey(String key);

    /** The host's position after the last item imported in {@link #getContainerKey()}; null: its start. */
    @StringLength(255)
    String getPosition();

    void setPosition(String position);

    @NotNull
    long getItemsDone();

    void setItemsDone(long items);

    @NotNull
    long getItemsTotal();

    void setItemsTotal(long items);

    /** Events handed to ingest (stored now, or stored before: live capture, an earlier run). */
    @NotNull
    long getEventsRead();

    void setEventsRead(long events);

    /** Events this import stored that were not stored before. */
    @NotNull
    long getEventsStored();

    void setEventsStored(long events);

    String getRequestedBy();

    void setRequestedBy(String user);

    @NotNull
    long getRequestedAt();

    void setRequestedAt(long at);

    @NotNull
    long getStartedAt();

    void setStartedAt(long at);

    @NotNull
    long getFinishedAt();

    void setFinishedAt(long at);

    /**
     * When an import last finished every container; null: none ever did. A later request leaves it,
     * so the Get started checklist knows the history was imported while a new import runs.
     */
    Long getLastDoneAt();

    void setLastDoneAt(Long at);

    /** When the run that holds the import last finished a batch. */
    @NotNull
    long getHeartbeatAt();

    void setHeartbeatAt(long at);

    /** The token of the run that holds the import; null when none does. */
    @StringLength(64)
    String getRunner();

    void setRunner(String token);

    @StringLength(450)
    String getFailure();

    void setFailure(String failure);
}
