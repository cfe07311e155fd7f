package org.valuematrix.history;

import net.java.ao.Query;
import org.valuematrix.history.ao.AOHistoryImport;
import org.valuematrix.spi.EntityAccess;

/**
 * The history import as others summarise it (the Get started checklist): whether the history was
 * imported, and how the latest import stands. Reads the state row without creating it, so it works
 * before {@link History} is built, and in a host that builds none.
 */
public class ImportedHistory {
    /** How the import stands now. */
    public static final class Summary {
        private final String state;
        private final boolean imported;
        private final long items;
        private final long itemsTotal;

        Summary(String state, boolean imported, long items, long itemsTotal) {
            this.state = state;
            this.imported = imported;
            this.items = items;
            this.itemsTotal = itemsTotal;
        }

        /** @return never, queued, running, done, cancelled or failed: the latest import's state */
        public String state() {
            return state;
        }

        /** @return whether an import has finished at least once (a later one may be running, cancelled or failed) */
        public boolean imported() {
            return imported;
        }

        /** @return the items the latest import read */
        public long items() {
            return items;
        }

        /** @return the items the latest import found to read (at least {@link #items()}) */
        public long itemsTotal() {
            return itemsTotal;
        }
    }

    private final EntityAccess ao;

    public ImportedHistory(EntityAccess ao) {
        this.ao = ao;
    }

    public Summary read() {
        AOHistoryImport[] rows = ao.find(AOHistoryImport.class, Query.select().where("NAME = ?", ImportRow.NAME));
        if (rows.length == 0) {
            return new Summary("never", false, 0, 0);
        }
        AOHistoryImport row = rows[0];
        boolean imported = "done".equals(row.getState()) || row.getLastDoneAt() != null;
        return new Summary(row.getState(), imported, row.getItemsDone(),
                Math.max(row.getItemsTotal(), row.getItemsDone()));
    }
}
