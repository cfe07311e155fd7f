package org.valuematrix.standalone.bench;

import java.time.Instant;
import java.util.List;
import org.valuematrix.spi.ContentHistory;

/** The host's content history, counting its reads and the time they take. */
final class TimedContentHistory implements ContentHistory {
    private final ContentHistory host;
    volatile long reads;
    volatile long nanos;
    volatile long events;
    volatile long days;

    TimedContentHistory(ContentHistory host) {
        this.host = host;
    }

    void reset() {
        reads = 0;
        nanos = 0;
        events = 0;
        days = 0;
    }

    @Override
    public List<String> containerKeys() {
        return host.containerKeys();
    }

    @Override
    public long countItems(String containerKey) {
        return host.countItems(containerKey);
    }

    @Override
    public Batch read(String containerKey, String after, Instant since, int limit) {
        long t0 = System.nanoTime();
        Batch b = host.read(containerKey, after, since, limit);
        nanos += System.nanoTime() - t0;
        reads++;
        events += b.events().size();
        days += b.events().stream().map(e -> e.occurredAt().getEpochSecond() / 86_400).distinct().count();
        return b;
    }
}
