package org.valuematrix.matrix.rollup;

import net.jqwik.api.lifecycle.AfterContainer;
import org.valuematrix.testing.TestDatabase;

/** PostgreSQL: two nodes of a cluster on one database. */
class RollupConsistencyPostgresTest extends RollupConsistencyContract {
    private static Fixture fixture;

    @Override
    protected synchronized Fixture fixture() {
        if (fixture == null) {
            fixture = new Fixture(TestDatabase.postgres(), TestDatabase.postgres());
        }
        return fixture;
    }

    @AfterContainer
    static synchronized void close() {
        if (fixture != null) {
            fixture.close();
            fixture = null;
        }
    }
}
