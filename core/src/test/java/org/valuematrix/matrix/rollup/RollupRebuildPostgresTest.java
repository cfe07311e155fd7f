package org.valuematrix.matrix.rollup;

import net.jqwik.api.lifecycle.AfterContainer;
import org.valuematrix.testing.TestDatabase;

class RollupRebuildPostgresTest extends RollupRebuildContract {
    private static Fixture fixture;

    @Override
    protected synchronized Fixture fixture() {
        if (fixture == null) {
            fixture = new Fixture(TestDatabase.postgres());
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
