package org.valuematrix.activity.stream;

import org.valuematrix.testing.TestDatabase;

/** H2 with container keys as literals, as the standalone host runs it. */
class StreamStoreH2Test extends StreamStoreContract {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }

    @Override
    protected boolean inlineKeys() {
        return true;
    }
}
