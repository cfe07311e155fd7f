package org.valuematrix.history;

import org.valuematrix.testing.TestDatabase;

class HistoryImportsStoringPostgresTest extends HistoryImportsStoringContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.postgres();
    }
}
