package org.valuematrix.activity.ingest;

import org.valuematrix.testing.TestDatabase;

class EventIngestH2Test extends EventIngestContract {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
