package org.valuematrix.activity.stream;

import org.valuematrix.testing.TestDatabase;

class StreamStoreByContainerH2Test extends StreamStoreByContainerContract {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
