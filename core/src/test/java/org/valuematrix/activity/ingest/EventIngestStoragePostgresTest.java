package org.valuematrix.activity.ingest;

import org.valuematrix.testing.TestDatabase;

/** PostgreSQL, as most Data Center sites run it. */
class EventIngestStoragePostgresTest extends EventIngestStorageContract {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgres();
    }
}
