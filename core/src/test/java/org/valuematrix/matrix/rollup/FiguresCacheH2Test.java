package org.valuematrix.matrix.rollup;

import org.valuematrix.testing.TestDatabase;

class FiguresCacheH2Test extends FiguresCacheContract {
    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
