package org.valuematrix.activity.ingest;

import org.junit.jupiter.api.BeforeEach;
import org.valuematrix.testing.DatabaseContract;
import org.valuematrix.testing.Organisation;

/** One database the hosts use and, for each test, an empty standard organisation to ingest into. */
abstract class EventIngestFixture extends DatabaseContract {
    Organisation org;
    EventIngest target;

    @BeforeEach
    void standardOrganisation() {
        db.clear();
        org = new Organisation(db).standard();
        target = org.ingest();
    }
}
