package org.valuematrix.activity.stream;

import org.valuematrix.testing.TestDatabase;

class StreamStorePostgresTest extends StreamStoreContract {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgres();
    }
}
