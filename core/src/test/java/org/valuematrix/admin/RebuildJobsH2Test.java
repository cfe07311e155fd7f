package org.valuematrix.admin;

import org.valuematrix.testing.TestDatabase;

class RebuildJobsH2Test extends RebuildJobsContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.h2();
    }
}
