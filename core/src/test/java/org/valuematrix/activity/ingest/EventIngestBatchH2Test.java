package org.valuematrix.activity.ingest;

import org.valuematrix.testing.TestDatabase;

/** H2, as the standalone host and evaluation installs of the hosts run it. */
class EventIngestBatchH2Test extends EventIngestBatchContract {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
