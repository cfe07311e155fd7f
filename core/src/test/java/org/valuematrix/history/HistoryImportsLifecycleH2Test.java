package org.valuematrix.history;

import org.valuematrix.testing.TestDatabase;

class HistoryImportsLifecycleH2Test extends HistoryImportsLifecycleContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.h2();
    }
}
