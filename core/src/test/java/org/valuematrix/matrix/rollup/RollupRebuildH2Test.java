package org.valuematrix.matrix.rollup;

import net.jqwik.api.lifecycle.AfterContainer;
import org.valuematrix.testing.TestDatabase;

class RollupRebuildH2Test extends RollupRebuildContract {
    private static Fixture fixture;

    @Override
    protected synchronized Fixture fixture() {
        if (fixture == null) {
            fixture = new Fixture(TestDatabase.h2());
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
