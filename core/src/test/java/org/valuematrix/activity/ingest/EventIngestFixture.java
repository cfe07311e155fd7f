package org.valuematrix.activity.ingest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.valuematrix.testing.Organisation;
import org.valuematrix.testing.TestDatabase;

/** One database the hosts use and, for each test, an empty standard organisation to ingest into. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EventIngestFixture {
    TestDatabase db;
    Organisation org;
    EventIngest target;

    protected abstract TestDatabase createDatabase();

    @BeforeAll
    void startDatabase() {
        db = createDatabase();
    }

    @AfterAll
    void stopDatabase() {
        db.close();
    }

    @BeforeEach
    void standardOrganisation() {
        db.clear();
        org = new Organisation(db).standard();
        target = org.ingest();
    }
}
