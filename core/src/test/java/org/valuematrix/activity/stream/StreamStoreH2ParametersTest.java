package org.valuematrix.activity.stream;

import org.valuematrix.testing.TestDatabase;

/** H2 with container keys as bound parameters, as the plugin runs on every database. */
class StreamStoreH2ParametersTest extends StreamStoreContract {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }

    @Override
    protected boolean inlineKeys() {
        return false;
    }
}
