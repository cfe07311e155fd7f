package org.valuematrix.spi;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The content already in the host, read back as the activity it implies, for the history import
 * (hosts: Confluence's pages, blog posts, versions, comments and likes, Jira's issues, comments and
 * change history; standalone: its content store).
 *
 * <p>Contract:
 * <ul>
 * <li><b>Same source ids as live capture.</b> Every event is the one the host's live capture
 *     reports for the same host action, with the same {@link HistoryEvent#sourceId()}: running the
 *     import twice, or while live capture runs, stores nothing twice. An adapter builds its events
 *     with the same mapping its event listener uses, so verbs, objects, containers and counterparts are the live
 *     ones too.</li>
 * <li><b>What is read.</b> Confluence: pages and blog posts (created by their creator at their
 *     creation time; each later version as updated by that version's author at its time), comments
 *     and replies, likes, and the mentions in each item's current body (attributed to the author of
 *     the body that holds them). Jira: issues (created by their reporter or creator), comments, and
 *     from the change history assignments, status transitions and resolutions. Standalone: the same
 *     kinds of rows of its content store.</li>
 * <li><b>Order and position.</b> {@link #read} walks one container's items (pages, blog posts,
 *     issues) in order of creation time, then id, starting strictly after a position it handed out
 *     earlier (null: from the start). An item created while the import runs is read if it sorts
 *     after the position, and is then captured live as well (the source ids make that harmless).
 *     A position is a string of at most {@value #MAX_POSITION} characters that stays valid across
 *     restarts and nodes: the import stores it in the database as its checkpoint.</li>
 * <li><b>Events.</b> A batch carries every event of its items (those on the item and on its
 *     comments), in occurrence-time order. Events before {@code since} may be left out, and need
 *     not be: the import drops them.</li>
 * <li><b>Cost.</b> One call reads at most {@code limit} items and what hangs off them, in a few
 *     queries; nothing is kept between calls. It runs on a background thread, with no user.</li>
 * </ul>
 */
public interface ContentHistory {
    /** The longest position a batch may hand out. */
    int MAX_POSITION = 255;

    /**
     * @return the keys of every space or project whose history can be imported; the import walks
     *     them in the order of their keys, whatever order this lists them in
     */
    List<String> containerKeys();

    /**
     * @return how many items the container holds, or a close estimate: only the progress bar uses
     *     it; never negative
     */
    long countItems(String containerKey);

    /**
     * @param containerKey a key {@link #containerKeys()} listed; a container deleted since answers
     *     an empty, finished batch
     * @param after a position an earlier batch of this container handed out, or null for the start
     * @param since events that occurred before this may be left out; null: none are
     * @param limit the most items to read, at least 1
     * @return the next items' events and the position after them
     */
    Batch read(String containerKey, String after, Instant since, int limit);

    /** Some items of one container, with their events. */
    final class Batch {
        private final int items;
        private final List<HistoryEvent> events;
        private final String position;
        private final boolean finished;

        /**
         * @param items how many items were read (0 only when finished)
         * @param events their events, in occurrence-time order
         * @param position where the next batch starts; null only when nothing was read
         * @param finished whether the container has no items after these
         */
        public Batch(int items, List<HistoryEvent> events, String position, boolean finished) {
            if (position != null && position.length() > MAX_POSITION) {
                throw new IllegalArgumentException("position longer than " + MAX_POSITION);
            }
            this.items = items;
            this.events = List.copyOf(Objects.requireNonNull(events, "events"));
            this.position = position;
            this.finished = finished;
        }

        public static Batch finishedEmpty() {
            return new Batch(0, List.of(), null, true);
        }

        public int items() {
            return items;
        }

        public List<HistoryEvent> events() {
            return events;
        }

        public String position() {
            return position;
        }

        public boolean finished() {
            return finished;
        }
    }
}
