package org.valuematrix.admin;

import org.valuematrix.testing.TestDatabase;

class PersonErasureH2Test extends PersonErasureContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.h2();
    }
}
