package org.valuematrix.activity.stream;

import org.valuematrix.testing.TestDatabase;

class VisibleSetsH2Test extends VisibleSetsContract {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
