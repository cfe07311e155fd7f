package org.valuematrix.plugin.common;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.valuematrix.spi.ContentHistory;

/**
 * Builds a product's content history on first use, not when the plugin's beans are created: a
 * host component missing then fails the history import that needs it, with the reason on its
 * page, instead of the plugin's start.
 */
public final class DeferredContentHistory implements ContentHistory {
    private final Supplier<ContentHistory> build;
    private ContentHistory history;

    public DeferredContentHistory(Supplier<ContentHistory> build) {
        this.build = build;
    }

    @Override
    public List<String> containerKeys() {
        return history().containerKeys();
    }

    @Override
    public long countItems(String containerKey) {
        return history().countItems(containerKey);
    }

    @Override
    public Batch read(String containerKey, String after, Instant since, int limit) {
        return history().read(containerKey, after, since, limit);
    }

    private synchronized ContentHistory history() {
        if (history == null) {
            history = build.get();
        }
        return history;
    }
}
