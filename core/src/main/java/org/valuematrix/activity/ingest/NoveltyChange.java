package org.valuematrix.activity.ingest;

import java.util.Objects;
import org.valuematrix.activity.ActivityEvent;
import org.valuematrix.activity.Novelty;

/**
 * A stored interaction reclassified by a batch: an earlier interaction of its tie arrived late,
 * so it is new where it was existing, or the other way round.
 */
public final class NoveltyChange {
    private final ActivityEvent before;
    private final Novelty after;

    public NoveltyChange(ActivityEvent before, Novelty after) {
        this.before = Objects.requireNonNull(before, "before");
        this.after = Objects.requireNonNull(after, "after");
    }

    /** @return the interaction as it was stored, with its former novelty */
    public ActivityEvent before() {
        return before;
    }

    public Novelty after() {
        return after;
    }
}
