package org.valuematrix.history;

import org.valuematrix.testing.TestDatabase;

class HistoryImportsPostgresTest extends HistoryImportsContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.postgres();
    }
}
