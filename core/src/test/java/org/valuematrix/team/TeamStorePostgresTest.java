package org.valuematrix.team;

import org.valuematrix.testing.TestDatabase;

class TeamStorePostgresTest extends TeamStoreContract {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgres();
    }
}
