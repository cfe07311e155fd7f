package org.valuematrix.history;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.ingest.EventIngest;
import org.valuematrix.activity.ingest.IngestOutcome;
import org.valuematrix.history.ao.AOHistoryImport;
import org.valuematrix.spi.ContentHistory;

/**
 * One run of the import, batch by batch from the checkpoint: read the next items of the current
 * container, store their events through ingest (classification, rollups and idempotency as for
 * live capture), then record the new checkpoint, provided the run still holds the import. A
 * batch stored but not recorded (the node died in between) is read again by whoever resumes, and
 * ingest stores none of its events twice.
 */
final class ImportRun {
    private static final Logger LOG = LoggerFactory.getLogger(ImportRun.class);

    private final ImportRow rows;
    private final ContentHistory host;
    private final EventIngest ingest;
    private final Clock clock;
    private final int batchItems;
    private final Stop stop;

    ImportRun(ImportRow rows, ContentHistory host, EventIngest ingest, Clock clock, int batchItems, Stop stop) {
        this.stop = stop;
        this.rows = rows;
        this.host = host;
        this.ingest = ingest;
        this.clock = clock;
        this.batchItems = batchItems;
    }

    /** Counts the items to import, for the progress bar, once a queued import has started. */
    void countTotal(String token) {
        try {
            long total = 0;
            for (String key : host.containerKeys()) {
                total += Math.max(0, host.countItems(key));
            }
            long items = total;
            rows.locked(row -> {
                if (owns(row, token)) {
                    row.setItemsTotal(items);
                    ImportRow.save(row);
                }
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("Value Matrix could not count the items of the history import; it runs without a total", e);
        }
    }

    /** @return false when this node is stopping, true otherwise */
    boolean run(String token) {
        try {
            List<String> keys = new ArrayList<>(host.containerKeys());
            Collections.sort(keys);
            while (!stop.requested()) {
                AOHistoryImport row = rows.read();
                if (!owns(row, token)) {
                    return true;
                }
                String container = current(keys, row.getContainerKey());
                if (container == null) {
                    rows.locked(r -> finish(r, token, null, null, 0, 0, 0));
                    return true;
                }
                String after = container.equals(row.getContainerKey()) ? row.getPosition() : null;
                ContentHistory.Batch batch = host.read(container, after, CapturedEvents.since(row.getSince()), batchItems);
                List<CapturedEvent> events = CapturedEvents.of(batch.events(), row.getSince());
                long stored = events.isEmpty() ? 0
                        : ingest.ingest(events).stream().filter(o -> o == IngestOutcome.STORED).count();
                String nextContainer = batch.finished() ? following(keys, container) : container;
                String position = batch.finished() ? null : batch.position();
                boolean more = rows.locked(r -> finish(r, token, nextContainer, position, batch.items(), events.size(),
                        stored));
                if (!more) {
                    return true;
                }
                if (!stop.pause(row.getPauseMillis())) {
                    return false;
                }
            }
            return false;
        } catch (RuntimeException e) {
            LOG.error("Value Matrix could not import the history", e);
            String failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            rows.locked(r -> {
                if (owns(r, token)) {
                    r.setState("failed");
                    r.setFailure(failure.length() > 400 ? failure.substring(0, 400) : failure);
                    r.setFinishedAt(clock.millis());
                    r.setRunner(null);
                    ImportRow.save(r);
                }
                return null;
            });
            return true;
        }
    }

    /**
     * Records a batch and where the next one starts; a null container means every container is
     * done.
     *
     * @return whether there is more to import and this run still holds the import
     */
    private boolean finish(AOHistoryImport row, String token, String container, String position, int items,
            int events, long stored) {
        if (!owns(row, token)) {
            return false;
        }
        row.setItemsDone(row.getItemsDone() + items);
        row.setEventsRead(row.getEventsRead() + events);
        row.setEventsStored(row.getEventsStored() + stored);
        row.setHeartbeatAt(clock.millis());
        if (container == null) {
            row.setState("done");
            row.setFinishedAt(clock.millis());
            row.setLastDoneAt(clock.millis());
            row.setRunner(null);
            row.setItemsTotal(Math.max(row.getItemsTotal(), row.getItemsDone()));
        } else {
            row.setContainerKey(container);
            row.setPosition(position);
        }
        ImportRow.save(row);
        return container != null;
    }

    private static boolean owns(AOHistoryImport row, String token) {
        return "running".equals(row.getState()) && token.equals(row.getRunner());
    }

    /** The stored container, or the first after it when it is gone; the first of all before any batch. */
    private static String current(List<String> keys, String stored) {
        for (String key : keys) {
            if (stored == null || key.compareTo(stored) >= 0) {
                return key;
            }
        }
        return null;
    }

    private static String following(List<String> keys, String container) {
        for (String key : keys) {
            if (key.compareTo(container) > 0) {
                return key;
            }
        }
        return null;
    }
}
