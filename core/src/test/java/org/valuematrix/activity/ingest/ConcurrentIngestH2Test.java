package org.valuematrix.activity.ingest;

import net.jqwik.api.lifecycle.AfterContainer;
import org.valuematrix.testing.TestDatabase;

/** H2, as the standalone host and evaluation installs of the hosts run it: one process, several writers. */
class ConcurrentIngestH2Test extends ConcurrentIngestContract {
    private static Fixture fixture;

    @Override
    protected synchronized Fixture fixture() {
        if (fixture == null) {
            fixture = new Fixture(TestDatabase.h2(), TestDatabase.h2());
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
