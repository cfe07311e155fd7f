package org.valuematrix.activity.stream;

import org.valuematrix.testing.TestDatabase;

class StreamStoreH2Test extends StreamStoreContract {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
