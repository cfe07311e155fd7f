package org.valuematrix.activity.stream;

import org.valuematrix.testing.TestDatabase;

/** PostgreSQL with the visible containers joined from a stored set, as the plugin runs it. */
class StreamStorePostgresTest extends StreamStoreContract {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgres();
    }

    @Override
    protected boolean inlineKeys() {
        return false;
    }
}
