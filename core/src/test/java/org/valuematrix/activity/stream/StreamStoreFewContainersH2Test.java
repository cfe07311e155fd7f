package org.valuematrix.activity.stream;

import org.valuematrix.testing.TestDatabase;

class StreamStoreFewContainersH2Test extends StreamStoreFewContainersContract {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
