package org.valuematrix.matrix.rollup;

import org.valuematrix.testing.TestDatabase;

class FiguresCachePostgresTest extends FiguresCacheContract {
    @Override
    protected TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
