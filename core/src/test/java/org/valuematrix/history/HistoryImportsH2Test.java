package org.valuematrix.history;

import org.valuematrix.testing.TestDatabase;

class HistoryImportsH2Test extends HistoryImportsContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.h2();
    }
}
