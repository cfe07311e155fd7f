package org.valuematrix.ao;

import org.valuematrix.testing.TestDatabase;

class EntityManagerAccessH2Test extends EntityManagerAccessContract {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
