package org.valuematrix.activity.stream;

import org.valuematrix.testing.TestDatabase;

/** H2, as the standalone host and evaluation installs of the hosts run it. */
class StreamStoreFilterH2Test extends StreamStoreFilterContract {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
