package org.valuematrix.activity.stream;

import org.valuematrix.testing.TestDatabase;

/** PostgreSQL, as most Data Center sites run it. */
class StreamStoreFilterPostgresTest extends StreamStoreFilterContract {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgres();
    }
}
