package org.valuematrix.activity.stream;

import java.util.List;
import java.util.Optional;
import org.valuematrix.activity.ActivityEvent;

/** One page of a permission-trimmed stream, newest first. */
public final class StreamPage {
    private final List<ActivityEvent> items;
    private final StreamCursor next;

    public StreamPage(List<ActivityEvent> items, StreamCursor next) {
        this.items = List.copyOf(items);
        this.next = next;
    }

    public List<ActivityEvent> items() {
        return items;
    }

    /** @return where the following page starts; empty on the last page */
    public Optional<StreamCursor> next() {
        return Optional.ofNullable(next);
    }
}
