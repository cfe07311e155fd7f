package org.valuematrix.ao;

import org.valuematrix.testing.TestDatabase;

class EntityManagerAccessPostgresTest extends EntityManagerAccessContract {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgres();
    }
}
