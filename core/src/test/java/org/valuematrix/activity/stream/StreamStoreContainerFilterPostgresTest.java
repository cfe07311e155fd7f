package org.valuematrix.activity.stream;

import org.valuematrix.testing.TestDatabase;

class StreamStoreContainerFilterPostgresTest extends StreamStoreContainerFilterContract {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgres();
    }
}
