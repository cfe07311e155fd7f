package org.valuematrix.activity.ingest;

import org.valuematrix.testing.TestDatabase;

class EventIngestPostgresTest extends EventIngestContract {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgres();
    }
}
