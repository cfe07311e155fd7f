package org.valuematrix.activity.stream;

import org.valuematrix.testing.TestDatabase;

/** H2, as the standalone host and evaluation installs of the hosts run it. */
class StreamStorePagingH2Test extends StreamStorePagingContract {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
