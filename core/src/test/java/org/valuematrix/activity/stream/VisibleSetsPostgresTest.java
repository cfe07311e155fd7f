package org.valuematrix.activity.stream;

import org.valuematrix.testing.TestDatabase;

class VisibleSetsPostgresTest extends VisibleSetsContract {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgres();
    }
}
