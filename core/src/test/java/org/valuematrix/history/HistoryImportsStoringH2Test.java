package org.valuematrix.history;

import org.valuematrix.testing.TestDatabase;

class HistoryImportsStoringH2Test extends HistoryImportsStoringContract {
    @Override
    protected TestDatabase database() {
        return TestDatabase.h2();
    }
}
