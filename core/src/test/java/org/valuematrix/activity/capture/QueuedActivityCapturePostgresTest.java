package org.valuematrix.activity.capture;

import org.valuematrix.testing.TestDatabase;

class QueuedActivityCapturePostgresTest extends QueuedActivityCaptureContract {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgres();
    }
}
