package org.valuematrix.activity.capture;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.Classifier;
import org.valuematrix.activity.ingest.EventIngest;
import org.valuematrix.activity.ingest.IngestOutcome;
import org.valuematrix.testing.Organisation;

/**
 * The real ingest, behind a gate a test opens when it likes (a slow database), recording the
 * size of every batch it is handed.
 */
final class GatedIngest extends EventIngest {
    final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
    final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch gate = new CountDownLatch(1);

    GatedIngest(Organisation org) {
        super(org.db().ao(), new Classifier(Duration.ofDays(90)), org.membership(), org.catalog());
    }

    void open() {
        gate.countDown();
    }

    void awaitFirstBatch() throws InterruptedException {
        if (!entered.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("the writer never started a batch");
        }
    }

    @Override
    public List<IngestOutcome> ingestNew(List<CapturedEvent> events) {
        batchSizes.add(events.size());
        entered.countDown();
        try {
            if (!gate.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("gate never opened");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return super.ingestNew(events);
    }
}
