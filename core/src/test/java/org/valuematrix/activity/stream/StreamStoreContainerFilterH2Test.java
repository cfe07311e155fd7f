package org.valuematrix.activity.stream;

import org.valuematrix.testing.TestDatabase;

class StreamStoreContainerFilterH2Test extends StreamStoreContainerFilterContract {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
