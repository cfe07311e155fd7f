package org.valuematrix.activity.stream;

import org.valuematrix.testing.TestDatabase;

class StreamStoreByContainerPostgresTest extends StreamStoreByContainerContract {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgres();
    }
}
