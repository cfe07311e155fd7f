package org.valuematrix.plugin.confluence;

import com.atlassian.confluence.core.SpaceContentEntityObject;
import com.atlassian.confluence.like.LikeManager;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.spaces.SpaceStatus;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.TreeSet;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.spi.ContentHistory;
import org.valuematrix.spi.HistoryEvent;

/**
 * Confluence's spaces read back for the history import: each space's current pages and blog posts
 * in creation order, with what {@link ConfluenceItemEvents} finds on them. Positions are
 * {@code createdMillis:contentId}, valid across restarts and nodes.
 *
 * <p>The import runs on a thread of its own, with no user and no database session: every read
 * runs inside SAL's transaction template, so the content's lazily loaded parts (bodies, comments,
 * creators) can be read; the managers used check no permission, so no user is needed.
 *
 * <p>Confluence offers plugins no page listing by creation time: each batch lists the space's
 * current pages and blog posts ({@code PageManager.getPages(Space, true)}, {@code getBlogPosts}),
 * sorts them and reads the next {@code limit}. That costs a listing per batch on large spaces, and
 * needs the space entity, which only the deprecated {@code SpaceManager.getSpace(String)} returns
 * by key (see {@code DeprecatedHostApiTest}).
 */
public class ConfluenceContentHistory implements ContentHistory {
    private static final Comparator<SpaceContentEntityObject> CREATION_ORDER =
            Comparator.comparingLong(ConfluenceContentHistory::createdMillis)
                    .thenComparingLong(SpaceContentEntityObject::getId);

    private final SpaceManager spaces;
    private final PageManager pages;
    private final TransactionTemplate transactions;
    private final ConfluenceItemEvents itemEvents;

    public ConfluenceContentHistory(SpaceManager spaces, PageManager pages, LikeManager likes, UserAccessor users,
            TransactionTemplate transactions, Clock clock) {
        this.spaces = spaces;
        this.pages = pages;
        this.transactions = transactions;
        this.itemEvents = new ConfluenceItemEvents(pages, likes, users, clock);
    }

    /** Current and archived spaces alike: an archived space's history is still the team's. */
    @Override
    public List<String> containerKeys() {
        return transactions.execute(() -> {
            TreeSet<String> keys = new TreeSet<>(spaces.getAllSpaceKeys(SpaceStatus.CURRENT));
            keys.addAll(spaces.getAllSpaceKeys(SpaceStatus.ARCHIVED));
            return new ArrayList<>(keys);
        });
    }

    @Override
    public long countItems(String containerKey) {
        return transactions.execute(() -> {
            Space space = spaces.getSpace(containerKey);
            return space == null ? 0L : Math.max(0L, pages.getPageCount(containerKey) + spaces.getNumberOfBlogPosts(space));
        });
    }

    @Override
    public Batch read(String containerKey, String after, Instant since, int limit) {
        Position from = Position.parse(after);
        return transactions.execute(() -> {
            Space space = spaces.getSpace(containerKey);
            if (space == null) {
                return Batch.finishedEmpty();
            }
            List<SpaceContentEntityObject> items = new ArrayList<>(pages.getPages(space, true));
            items.addAll(pages.getBlogPosts(space, true));
            items.removeIf(item -> !from.isBefore(item));
            items.sort(CREATION_ORDER);
            boolean finished = items.size() <= limit;
            if (!finished) {
                items = items.subList(0, limit);
            }
            if (items.isEmpty()) {
                return Batch.finishedEmpty();
            }
            List<HistoryEvent> events = historyEvents(itemEvents.of(items), since);
            SpaceContentEntityObject last = items.get(items.size() - 1);
            return new Batch(items.size(), events, createdMillis(last) + ":" + last.getId(), finished);
        });
    }

    private static List<HistoryEvent> historyEvents(List<CapturedEvent> captured, Instant since) {
        List<CapturedEvent> kept = new ArrayList<>(captured);
        if (since != null) {
            kept.removeIf(e -> e.occurredAt().isBefore(since));
        }
        kept.sort(Comparator.comparing(CapturedEvent::occurredAt).thenComparing(CapturedEvent::sourceId));
        List<HistoryEvent> out = new ArrayList<>(kept.size());
        for (CapturedEvent e : kept) {
            out.add(e.toHistoryEvent());
        }
        return out;
    }

    /** Content without a creation date (none Confluence makes today) sorts first. */
    private static long createdMillis(SpaceContentEntityObject item) {
        Date created = item.getCreationDate();
        return created == null ? 0L : created.getTime();
    }

    /** Where a batch ended: the creation time and id of its last item. */
    private static final class Position {
        private static final Position START = new Position(Long.MIN_VALUE, Long.MIN_VALUE);

        private final long createdMillis;
        private final long id;

        private Position(long createdMillis, long id) {
            this.createdMillis = createdMillis;
            this.id = id;
        }

        static Position parse(String position) {
            if (position == null) {
                return START;
            }
            int colon = position.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("not a Confluence history position: " + position);
            }
            return new Position(Long.parseLong(position.substring(0, colon)), Long.parseLong(position.substring(colon + 1)));
        }

        boolean isBefore(SpaceContentEntityObject item) {
            long created = createdMillis(item);
            return created > createdMillis || created == createdMillis && item.getId() > id;
        }
    }
}
