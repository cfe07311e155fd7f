package org.valuematrix.admin;

import org.valuematrix.testing.TestDatabase;

class PersonErasurePostgresTest extends PersonErasureContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.postgres();
    }
}
