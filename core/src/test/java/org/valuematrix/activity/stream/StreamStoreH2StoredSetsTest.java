package org.valuematrix.activity.stream;

import org.valuematrix.testing.TestDatabase;

/** H2 with the visible containers joined from a stored set, as the plugin runs on every database. */
class StreamStoreH2StoredSetsTest extends StreamStoreContract {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }

    @Override
    protected boolean inlineKeys() {
        return false;
    }
}
