package org.valuematrix.activity.stream;

import org.valuematrix.testing.TestDatabase;

/** PostgreSQL with container keys as literals: quoting holds on a second dialect. */
class StreamStorePostgresLiteralsTest extends StreamStoreContract {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgres();
    }

    @Override
    protected boolean inlineKeys() {
        return true;
    }
}
