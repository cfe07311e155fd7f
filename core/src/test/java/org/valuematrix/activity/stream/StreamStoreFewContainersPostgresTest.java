package org.valuematrix.activity.stream;

import org.valuematrix.testing.TestDatabase;

class StreamStoreFewContainersPostgresTest extends StreamStoreFewContainersContract {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgres();
    }
}
