package org.valuematrix.activity.stream;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.valuematrix.activity.ActivityEvent;
import org.valuematrix.spi.Containers;
import org.valuematrix.support.TtlCache;

/**
 * The permission-trimmed stream: a viewer only ever gets events from containers the host says
 * they may view. The visible set is asked of the host once per request (cached per viewer for
 * a few seconds) and applied inside the database query.
 */
public class StreamService {
    private static final long VISIBLE_TTL_MILLIS = 5_000;

    private final StreamStore store;
    private final Containers containers;
    private final TtlCache<String, Set<String>> visible;
    private final LinkedContainers links;

    public StreamService(StreamStore store, Containers containers, Clock clock) {
        this(store, containers, clock, LinkedContainers.NONE);
    }

    /** @param links containers whose activity a container filter also reads (a space's linked projects) */
    public StreamService(StreamStore store, Containers containers, Clock clock, LinkedContainers links) {
        this.store = store;
        this.containers = containers;
        this.visible = new TtlCache<>(clock, VISIBLE_TTL_MILLIS, 10_000);
        this.links = links;
    }

    /** @param viewer the viewer's user key, or null for anonymous */
    public StreamPage page(String viewer, StreamFilter filter) {
        List<ActivityEvent> rows = store.find(withLinked(filter), visibleTo(viewer), filter.limit() + 1);
        if (rows.size() <= filter.limit()) {
            return new StreamPage(rows, null);
        }
        List<ActivityEvent> page = rows.subList(0, filter.limit());
        ActivityEvent last = page.get(page.size() - 1);
        return new StreamPage(page, new StreamCursor(last.occurredAt().toEpochMilli(), last.id()));
    }

    /**
     * A filter for a space reads its linked projects too; the store then keeps only those the
     * viewer may view, as for any container asked for.
     */
    private StreamFilter withLinked(StreamFilter filter) {
        if (filter.containers().isEmpty()) {
            return filter;
        }
        Set<String> linked = links.linkedTo(filter.containers());
        if (linked.isEmpty() || filter.containers().containsAll(linked)) {
            return filter;
        }
        Set<String> all = new java.util.HashSet<>(filter.containers());
        all.addAll(linked);
        return filter.withContainers(all);
    }

    /** @return the keys of the containers the viewer may see (cached a few seconds; unmodifiable) */
    public Set<String> visibleTo(String viewer) {
        return visible.get(viewer, v -> Set.copyOf(containers.visibleTo(v)));
    }
}
