package org.valuematrix.activity.ingest;

import java.util.List;
import java.util.function.Consumer;
import org.valuematrix.activity.ActivityEvent;
import org.valuematrix.activity.CapturedEvent;

/**
 * What else a batch maintains in its own transaction, from what it stores: the matrix's rollups.
 * A port, so that ingest knows nothing of what is maintained.
 *
 * <p>Contract: {@link #lockKeys} names, for each event of a batch, the keys of the rows the
 * listener will write for it; the batch locks their stripes ({@link TieLocks}) together with
 * its ties' before it reads anything. {@link #stored} then runs in the same transaction, after
 * the events are written and with every one of those stripes held: whatever it writes commits
 * or rolls back with the events, and no other writer of the same keys runs in between. A
 * duplicate (a source id stored already) is never passed to it. The listener must yield the
 * same state whatever the order and split of the batches it is called with.
 */
public interface StoredBatchListener {
    /** Maintains nothing. */
    StoredBatchListener NONE = new StoredBatchListener() {
        @Override
        public void lockKeys(CapturedEvent event, Consumer<String> keys) {
        }

        @Override
        public void stored(List<ActivityEvent> added, List<NoveltyChange> changed) {
        }
    };

    /** @param keys receives the keys whose stripes must be held while the event is stored */
    void lockKeys(CapturedEvent event, Consumer<String> keys);

    /**
     * @param added the batch's new events as they are stored (title and address clipped as the
     *     table keeps them), with their classification; ids are not known and are 0
     * @param changed stored interactions of the batch's ties whose novelty the batch changed
     */
    void stored(List<ActivityEvent> added, List<NoveltyChange> changed);
}
