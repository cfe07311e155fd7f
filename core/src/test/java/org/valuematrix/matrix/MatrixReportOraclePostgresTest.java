package org.valuematrix.matrix;

import net.jqwik.api.Example;
import net.jqwik.api.lifecycle.AfterContainer;
import org.valuematrix.testing.TestDatabase;

/** The oracle on PostgreSQL: a few fixed organisations, as the property on H2 covers the random ones. */
class MatrixReportOraclePostgresTest extends MatrixReportOracleContract {
    private static TestDatabase db;

    @Override
    protected synchronized TestDatabase db() {
        if (db == null) {
            db = TestDatabase.postgres();
        }
        return db;
    }

    @Example
    void everyNumberOfTheMatrix_shouldEqualTheDefinitionComputedInSqlFromTheExport() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            check(seed, 300);
        }
    }

    @AfterContainer
    static synchronized void close() {
        if (db != null) {
            db.close();
            db = null;
        }
    }
}
