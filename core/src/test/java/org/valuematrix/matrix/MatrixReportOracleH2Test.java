package org.valuematrix.matrix;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import org.valuematrix.testing.TestDatabase;

/** The oracle over random organisations and events, stored in H2. */
class MatrixReportOracleH2Test extends MatrixReportOracleContract {
    private static TestDatabase db;

    @Override
    protected synchronized TestDatabase db() {
        if (db == null) {
            db = TestDatabase.h2();
        }
        return db;
    }

    // A seed shrinks to an unrelated organisation: the first failing one is the clearest.
    @Property(tries = 30, shrinking = ShrinkingMode.OFF)
    void everyNumberOfTheMatrix_shouldEqualTheDefinitionComputedInSqlFromTheExport(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 250) int count) throws Exception {
        check(seed, count);
    }

    @AfterContainer
    static synchronized void close() {
        if (db != null) {
            db.close();
            db = null;
        }
    }
}
