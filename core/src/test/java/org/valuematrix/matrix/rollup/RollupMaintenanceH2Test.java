package org.valuematrix.matrix.rollup;

import org.junit.jupiter.api.AfterAll;
import org.valuematrix.testing.TestDatabase;

class RollupMaintenanceH2Test extends RollupMaintenanceContract {
    private static TestDatabase db;

    @Override
    protected synchronized TestDatabase db() {
        if (db == null) {
            db = TestDatabase.h2();
        }
        return db;
    }

    @AfterAll
    static synchronized void close() {
        if (db != null) {
            db.close();
            db = null;
        }
    }
}
