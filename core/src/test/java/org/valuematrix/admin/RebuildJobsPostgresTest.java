package org.valuematrix.admin;

import org.valuematrix.testing.TestDatabase;

class RebuildJobsPostgresTest extends RebuildJobsContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.postgres();
    }
}
