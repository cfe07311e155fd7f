package org.valuematrix.activity.capture;

import org.valuematrix.testing.TestDatabase;

class QueuedActivityCaptureH2Test extends QueuedActivityCaptureContract {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
