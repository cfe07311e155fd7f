package org.valuematrix.activity.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.valuematrix.testing.EventBuilder.interaction;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.valuematrix.activity.ao.AOActivityEvent;
import org.valuematrix.testing.DatabaseContract;
import org.valuematrix.testing.Organisation;

/**
 * The capture queue in front of the real ingest: batches, flush, close, and a bounded queue
 * that drops (and counts) rather than stall a host request thread.
 */
abstract class QueuedActivityCaptureContract extends DatabaseContract {
    /** How long capture may keep a request thread when the queue is full; the code waits 20 ms. */
    private static final long SHORT_WAIT_MILLIS = 1_000;

    private Organisation org;
    private final List<QueuedActivityCapture> opened = new ArrayList<>();

    @BeforeEach
    void standardOrganisation() {
        db.clear();
        org = new Organisation(db).standard();
    }

    @AfterEach
    void closeCaptures() {
        opened.forEach(QueuedActivityCapture::close);
    }

    private QueuedActivityCapture capture(org.valuematrix.activity.ingest.EventIngest ingest, int capacity, int batch) {
        QueuedActivityCapture c = new QueuedActivityCapture(ingest, capacity, batch);
        opened.add(c);
        return c;
    }

    @Test
    void flush_shouldReturnOnceEverythingCapturedIsStored() throws InterruptedException {
        QueuedActivityCapture target = capture(org.ingest(), 1_000, 50);
        for (int i = 0; i < 120; i++) {
            assertThat(target.capture(interaction("ann", "bob").sourceId("e" + i).build())).isTrue();
        }

        target.flush();

        assertThat(db.count(AOActivityEvent.class)).isEqualTo(120);
        assertThat(target.storedCount()).isEqualTo(120);
        assertThat(target.droppedCount()).isZero();
    }

    @Test
    void capture_shouldWriteInBatchesOfAtMostTheBatchSize() throws InterruptedException {
        GatedIngest ingest = new GatedIngest(org);
        QueuedActivityCapture target = capture(ingest, 1_000, 4);
        target.capture(interaction("ann", "bob").sourceId("first").build());
        ingest.awaitFirstBatch();
        for (int i = 0; i < 10; i++) {
            target.capture(interaction("ann", "bob").sourceId("e" + i).build());
        }

        ingest.open();
        target.flush();

        assertThat(db.count(AOActivityEvent.class)).isEqualTo(11);
        assertThat(ingest.batchSizes).allSatisfy(size -> assertThat(size).isBetween(1, 4));
        assertThat(ingest.batchSizes).as("queued events go together").hasSizeLessThanOrEqualTo(4);
    }

    @Test
    void close_shouldWriteWhatIsStillQueued() throws InterruptedException {
        GatedIngest ingest = new GatedIngest(org);
        QueuedActivityCapture target = new QueuedActivityCapture(ingest, 1_000, 5);
        for (int i = 0; i < 20; i++) {
            target.capture(interaction("ann", "bob").sourceId("e" + i).build());
        }
        ingest.awaitFirstBatch();
        Thread opener = new Thread(() -> {
            sleep(200);
            ingest.open();
        });
        opener.start();

        target.close();

        assertThat(db.count(AOActivityEvent.class)).isEqualTo(20);
        assertThat(target.queued()).isZero();
        opener.join();
    }

    @Test
    void capture_whenTheQueueIsFull_shouldDropAndCountWithoutBlocking() throws InterruptedException {
        GatedIngest ingest = new GatedIngest(org);
        QueuedActivityCapture target = capture(ingest, 5, 100);
        target.capture(interaction("ann", "bob").sourceId("in-writer").build());
        ingest.awaitFirstBatch();
        for (int i = 0; i < 5; i++) {
            assertThat(target.capture(interaction("ann", "bob").sourceId("queued" + i).build())).isTrue();
        }
        assertThat(target.queued()).isEqualTo(5);

        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            boolean accepted = target.capture(interaction("ann", "bob").sourceId("dropped" + i).build());
            long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertThat(accepted).isFalse();
            assertThat(tookMillis).as("capture must not hold the request thread").isLessThan(SHORT_WAIT_MILLIS);
        }
        assertThat(target.droppedCount()).isEqualTo(3);
        assertThat(target.queued()).as("memory stays bounded").isEqualTo(5);

        ingest.open();
        target.flush();
        assertThat(db.count(AOActivityEvent.class)).isEqualTo(6);
        assertThat(org.stored()).noneMatch(e -> e.captured().sourceId().startsWith("dropped"));
    }

    @Test
    void put_whenTheQueueIsFull_shouldWaitForRoomInsteadOfDropping() throws Exception {
        GatedIngest ingest = new GatedIngest(org);
        QueuedActivityCapture target = capture(ingest, 2, 10);
        target.put(interaction("ann", "bob").sourceId("in-writer").build());
        ingest.awaitFirstBatch();
        target.put(interaction("ann", "bob").sourceId("q1").build());
        target.put(interaction("ann", "bob").sourceId("q2").build());
        Thread producer = new Thread(() -> {
            try {
                target.put(interaction("ann", "bob").sourceId("waited").build());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        producer.start();
        producer.join(300);
        assertThat(producer.isAlive()).as("put waits while the queue is full").isTrue();

        ingest.open();
        producer.join(10_000);
        target.flush();

        assertThat(db.count(AOActivityEvent.class)).isEqualTo(4);
        assertThat(target.droppedCount()).isZero();
    }

    @Test
    void capture_afterClose_shouldDropAndPutShouldRefuse() {
        QueuedActivityCapture target = new QueuedActivityCapture(org.ingest(), 10, 10);
        target.close();

        assertThat(target.capture(interaction("ann", "bob").build())).isFalse();
        assertThat(target.droppedCount()).isEqualTo(1);
        assertThatThrownBy(() -> target.put(interaction("ann", "bob").build())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void capture_afterAFailedBatch_shouldKeepWriting() throws InterruptedException {
        QueuedActivityCapture target = capture(org.ingest(), 100, 10);
        target.capture(interaction("ann", "bob").sourceId("bad").product("p".repeat(40)).build());
        target.flush();

        target.capture(interaction("ann", "bob").sourceId("good").build());
        target.flush();

        assertThat(target.failedCount()).isEqualTo(1);
        assertThat(org.stored()).extracting(e -> e.captured().sourceId()).containsExactly("good");
    }

    @Test
    void capture_sameHostEventTwice_shouldStoreItOnce() throws InterruptedException {
        QueuedActivityCapture target = capture(org.ingest(), 100, 10);
        target.capture(interaction("ann", "bob").sourceId("twice").build());
        target.flush();
        target.capture(interaction("ann", "bob").sourceId("twice").build());
        target.flush();

        assertThat(db.count(AOActivityEvent.class)).isEqualTo(1);
        assertThat(target.storedCount()).isEqualTo(1);
    }

    @Test
    void flush_rightAfterEachCapture_shouldAlwaysSeeTheEventStored() throws InterruptedException {
        QueuedActivityCapture target = capture(org.ingest(), 100, 10);
        for (int i = 1; i <= 40; i++) {
            target.capture(interaction("ann", "bob").sourceId("e" + i).build());
            target.flush();
            assertThat(target.storedCount()).as("after flush %d", i).isEqualTo(i);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
