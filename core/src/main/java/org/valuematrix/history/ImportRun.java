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
import org.valuematrix.spi.HistoryEvent;

/**
 * One run of the import, batch by batch from the checkpoint. A batch reads the next items, a host
 * read of at most {@code batchItems} at a time, from the checkpoint's container on to the next
 * containers, until it holds {@code batchEvents} events or every container is read; it stores them
 * in one ingest call (classification, rollups and idempotency as for live capture), then records
 * the checkpoint after its last item (a container and a position in it), provided the run still
 * holds the import, and pauses in proportion to the time it took. A batch stored but not recorded
 * (the node died in between) is read again by whoever resumes, and ingest stores none of its
 * events twice.
 *
 * <p>Events are written first and looked up only when the database refuses one as stored already
 * ({@link EventIngest#ingestNew}): an imported event is new unless live capture or an earlier
 * import stored it. After a batch that met stored events (a second import, a resumed batch) the
 * next one looks its events up first, until a batch meets none.
 */
final class ImportRun {
    private static final Logger LOG = LoggerFactory.getLogger(ImportRun.class);

    private final ImportRow rows;
    private final ContentHistory host;
    private final EventIngest ingest;
    private final Clock clock;
    private final int batchItems;
    private final int batchEvents;
    private final Stop stop;

    ImportRun(ImportRow rows, ContentHistory host, EventIngest ingest, Clock clock, int batchItems, int batchEvents,
            Stop stop) {
        this.stop = stop;
        this.rows = rows;
        this.host = host;
        this.ingest = ingest;
        this.clock = clock;
        this.batchItems = batchItems;
        this.batchEvents = batchEvents;
    }

    /** What a batch read, and where the next one starts. */
    private static final class Read {
        final List<HistoryEvent> events = new ArrayList<>();
        int items;
        String container;
        String position;
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
            boolean writeFirst = true;
            while (!stop.requested()) {
                AOHistoryImport row = rows.read();
                if (!owns(row, token)) {
                    return true;
                }
                long started = System.nanoTime();
                Read read = read(keys, row);
                List<CapturedEvent> events = CapturedEvents.of(read.events, row.getSince());
                long stored = 0;
                if (!events.isEmpty()) {
                    List<IngestOutcome> outcomes = writeFirst ? ingest.ingestNew(events) : ingest.ingest(events);
                    stored = outcomes.stream().filter(o -> o == IngestOutcome.STORED).count();
                    writeFirst = !outcomes.contains(IngestOutcome.DUPLICATE);
                }
                long storedNow = stored;
                boolean more = rows.locked(r -> finish(r, token, read.container, read.position, read.items,
                        events.size(), storedNow));
                if (!more) {
                    return true;
                }
                long workedMillis = (System.nanoTime() - started) / 1_000_000;
                if (!stop.pause(row.getPauseMillis() * workedMillis / 1000)) {
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
     * Reads from the row's checkpoint until the batch holds enough events, every container is
     * read, or this node stops.
     */
    private Read read(List<String> keys, AOHistoryImport row) {
        Read read = new Read();
        read.container = current(keys, row.getContainerKey());
        read.position = read.container != null && read.container.equals(row.getContainerKey()) ? row.getPosition()
                : null;
        while (read.container != null) {
            ContentHistory.Batch batch = host.read(read.container, read.position, CapturedEvents.since(row.getSince()),
                    batchItems);
            read.items += batch.items();
            read.events.addAll(batch.events());
            if (batch.finished()) {
                read.container = following(keys, read.container);
                read.position = null;
            } else {
                read.position = batch.position();
            }
            // A host that hands out an empty batch before the end is asked again in the next batch, not in a loop here.
            if (read.events.size() >= batchEvents || batch.items() == 0 && !batch.finished() || stop.requested()) {
                break;
            }
        }
        return read;
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
