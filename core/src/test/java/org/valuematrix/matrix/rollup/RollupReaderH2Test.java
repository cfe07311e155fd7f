package org.valuematrix.matrix.rollup;

import net.jqwik.api.lifecycle.AfterContainer;
import org.valuematrix.testing.TestDatabase;

class RollupReaderH2Test extends RollupReaderContract {
    private static TestDatabase db;

    @Override
    protected synchronized TestDatabase db() {
        if (db == null) {
            db = TestDatabase.h2();
        }
        return db;
    }

    @AfterContainer
    static synchronized void close() {
        if (db != null) {
            db.close();
            db = null;
        }
    }
}
