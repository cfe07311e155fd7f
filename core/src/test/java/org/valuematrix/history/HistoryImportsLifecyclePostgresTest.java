package org.valuematrix.history;

import org.valuematrix.testing.TestDatabase;

class HistoryImportsLifecyclePostgresTest extends HistoryImportsLifecycleContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.postgres();
    }
}
