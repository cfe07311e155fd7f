package org.valuematrix.history;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import net.java.ao.Query;
import org.valuematrix.history.ao.AOHistoryImport;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.spi.EntityAccessException;

/** The import's one {@link AOHistoryImport} row: created once, read, and changed under its row lock. */
final class ImportRow {
    static final String NAME = "history";

    private final EntityAccess ao;

    ImportRow(EntityAccess ao) {
        this.ao = ao;
    }

    /** Creates the row unless it exists; two nodes may race, and the loser finds the winner's. */
    void ensure() {
        for (int attempt = 0;; attempt++) {
            if (find() != null) {
                return;
            }
            try {
                ao.executeInTransaction(() -> ao.create(AOHistoryImport.class, initial()));
                return;
            } catch (RuntimeException e) {
                if (find() != null) {
                    return;
                }
                if (attempt == 2) {
                    throw e;
                }
            }
        }
    }

    /** @return the row as committed now, read without waiting for anyone */
    AOHistoryImport read() {
        AOHistoryImport row = find();
        if (row == null) {
            ensure();
            row = find();
        }
        return row;
    }

    /**
     * Runs the work on the row in a transaction that first takes the row's lock (by updating it):
     * another node's change waits until this one commits, and this one reads what it committed.
     */
    <T> T locked(Function<AOHistoryImport, T> work) {
        read();
        return ao.executeInTransaction(() -> {
            AOHistoryImport stale = find();
            stale.setRevision(stale.getRevision() + 1);
            save(stale);
            AOHistoryImport row = find();
            return work.apply(row);
        });
    }

    static void save(AOHistoryImport row) {
        try {
            row.save();
        } catch (EntityAccessException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new EntityAccessException("could not update the history import's state", e);
        }
    }

    private AOHistoryImport find() {
        AOHistoryImport[] rows = ao.find(AOHistoryImport.class, Query.select().where("NAME = ?", NAME));
        return rows.length == 0 ? null : rows[0];
    }

    private static Map<String, Object> initial() {
        Map<String, Object> row = new HashMap<>();
        row.put("NAME", NAME);
        row.put("STATE", "never");
        row.put("REVISION", 0L);
        row.put("SINCE", 0L);
        row.put("PAUSE_MILLIS", 0L);
        for (String column : new String[] {"ITEMS_DONE", "ITEMS_TOTAL", "EVENTS_READ", "EVENTS_STORED",
            "REQUESTED_AT", "STARTED_AT", "FINISHED_AT", "HEARTBEAT_AT"}) {
            row.put(column, 0L);
        }
        return row;
    }
}
