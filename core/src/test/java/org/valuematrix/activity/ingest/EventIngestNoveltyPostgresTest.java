package org.valuematrix.activity.ingest;

import org.valuematrix.testing.TestDatabase;

/** PostgreSQL, as most Data Center sites run it. */
class EventIngestNoveltyPostgresTest extends EventIngestNoveltyContract {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgres();
    }
}
