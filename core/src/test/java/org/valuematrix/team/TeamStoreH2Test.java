package org.valuematrix.team;

import org.valuematrix.testing.TestDatabase;

class TeamStoreH2Test extends TeamStoreContract {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
