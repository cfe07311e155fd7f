package org.valuematrix.activity.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.ingest.EventIngest;
import org.valuematrix.activity.ingest.IngestOutcome;

/**
 * Captures through a bounded queue drained by one writer thread in batches. Memory is bounded
 * by the queue's capacity: when it is full, {@link #capture} waits briefly (back-pressure) and
 * then drops the event, counting it, rather than stall a host request. {@link #put} waits
 * as long as it takes, for producers that may be slowed down (imports, the simulator).
 * {@link #close} writes what is queued before returning.
 */
public class QueuedActivityCapture implements ActivityCapture, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(QueuedActivityCapture.class);
    private static final long OFFER_WAIT_MILLIS = 20;

    private final EventIngest ingest;
    private final BlockingQueue<CapturedEvent> queue;
    private final int batchSize;
    private final Thread writer;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    // Accepted but not yet written: counted before an event enters the queue and after its
    // batch is written, so flush() never sees a batch that is between the queue and the database.
    private final AtomicLong pending = new AtomicLong();
    private final Object idle = new Object();
    private volatile boolean running = true;

    public QueuedActivityCapture(EventIngest ingest, int capacity, int batchSize) {
        this.ingest = ingest;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.batchSize = batchSize;
        this.writer = new Thread(this::drainLoop, "value-matrix-capture-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    @Override
    public boolean capture(CapturedEvent event) {
        try {
            pending.incrementAndGet();
            if (running && queue.offer(event, OFFER_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                return true;
            }
            done(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long n = dropped.incrementAndGet();
        if (n == 1 || n % 1000 == 0) {
            LOG.warn("Value Matrix capture queue full: {} events dropped so far", n);
        }
        return false;
    }

    /** Waits for room in the queue (back-pressure for bulk producers). */
    public void put(CapturedEvent event) throws InterruptedException {
        if (!running) {
            throw new IllegalStateException("capture is closed");
        }
        pending.incrementAndGet();
        try {
            queue.put(event);
        } catch (InterruptedException e) {
            done(1);
            throw e;
        }
    }

    /** Blocks until everything queued so far is written (or failed). */
    public void flush() throws InterruptedException {
        synchronized (idle) {
            while (pending.get() > 0) {
                idle.wait(50);
            }
        }
    }

    public long droppedCount() {
        return dropped.get();
    }

    public long storedCount() {
        return stored.get();
    }

    public long failedCount() {
        return failed.get();
    }

    public int queued() {
        return queue.size();
    }

    @Override
    public void close() {
        running = false;
        try {
            writer.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (writer.isAlive()) {
            LOG.warn("Value Matrix capture writer did not finish within 30 s; {} events unwritten", queue.size());
        }
    }

    private void drainLoop() {
        List<CapturedEvent> batch = new ArrayList<>(batchSize);
        while (running || !queue.isEmpty()) {
            try {
                CapturedEvent first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, batchSize - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            } finally {
                done(batch.size());
                batch.clear();
            }
        }
    }

    private void write(List<CapturedEvent> batch) {
        try {
            stored.addAndGet(ingest.ingestNew(batch).stream().filter(o -> o == IngestOutcome.STORED).count());
        } catch (RuntimeException e) {
            // A failed batch must not kill the writer; the host keeps working without us.
            failed.addAndGet(batch.size());
            LOG.error("Value Matrix could not store {} captured events", batch.size(), e);
        }
    }

    private void done(int events) {
        if (events > 0 && pending.addAndGet(-events) == 0) {
            synchronized (idle) {
                idle.notifyAll();
            }
        }
    }
}
