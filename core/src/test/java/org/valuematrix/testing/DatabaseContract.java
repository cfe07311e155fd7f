package org.valuematrix.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A contract that runs once per database the hosts use: each concrete subclass names its
 * database, which is started once for the class and closed after it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DatabaseContract {
    protected TestDatabase db;

    protected abstract TestDatabase createDatabase();

    @BeforeAll
    void startDatabase() {
        db = createDatabase();
    }

    @AfterAll
    void stopDatabase() {
        db.close();
    }
}
