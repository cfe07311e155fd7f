package org.valuematrix.standalone.spi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.StatusChange;
import org.valuematrix.spi.ContentHistory;
import org.valuematrix.spi.HistoryEvent;
import org.valuematrix.standalone.content.Content;
import org.valuematrix.standalone.content.ContentRecords;
import org.valuematrix.standalone.content.ContentStore;
import org.valuematrix.standalone.content.StandaloneEvents;
import org.valuematrix.standalone.directory.DirectoryContainer;
import org.valuematrix.standalone.directory.EmbeddedDirectory;

/**
 * The standalone host's content read back for the history import: items in creation order from
 * the content store, with their versions, comments and replies, likes, mentions and issue changes,
 * mapped by {@link StandaloneEvents} exactly as live capture maps them. Positions are
 * {@code createdAtMillis:contentId}.
 */
public class StandaloneContentHistory implements ContentHistory {
    private final ContentStore content;
    private final ContentRecords records;
    private final EmbeddedDirectory directory;

    public StandaloneContentHistory(ContentStore content, ContentRecords records, EmbeddedDirectory directory) {
        this.content = content;
        this.records = records;
        this.directory = directory;
    }

    @Override
    public List<String> containerKeys() {
        List<String> keys = new ArrayList<>();
        for (DirectoryContainer c : directory.snapshot().containers()) {
            keys.add(c.container().key());
        }
        return keys;
    }

    @Override
    public long countItems(String containerKey) {
        return content.count(containerKey);
    }

    @Override
    public Batch read(String containerKey, String after, Instant since, int limit) {
        Optional<DirectoryContainer> container = directory.snapshot().container(containerKey);
        if (container.isEmpty()) {
            return Batch.finishedEmpty();
        }
        String product = container.get().container().product();
        long afterMillis = Long.MIN_VALUE;
        long afterId = Long.MIN_VALUE;
        if (after != null) {
            String[] p = after.split(":", 2);
            afterMillis = Long.parseLong(p[0]);
            afterId = Long.parseLong(p[1]);
        }
        // One more than asked says whether the container ends here.
        List<Content> items = content.after(containerKey, afterMillis, afterId, limit + 1);
        boolean finished = items.size() <= limit;
        if (!finished) {
            items = items.subList(0, limit);
        }
        if (items.isEmpty()) {
            return Batch.finishedEmpty();
        }
        Map<Long, Content> byId = new HashMap<>();
        for (Content c : items) {
            byId.put(c.id(), c);
        }
        List<CapturedEvent> events = events(byId, records.of(byId.keySet()), product);
        events.sort(Comparator.comparing(CapturedEvent::occurredAt).thenComparing(CapturedEvent::sourceId));
        List<HistoryEvent> out = new ArrayList<>(events.size());
        for (CapturedEvent e : events) {
            out.add(e.toHistoryEvent());
        }
        Content last = items.get(items.size() - 1);
        return new Batch(items.size(), out, last.createdAt().toEpochMilli() + ":" + last.id(), finished);
    }

    private static List<CapturedEvent> events(Map<Long, Content> items, ContentRecords.Of of, String product) {
        List<CapturedEvent> out = new ArrayList<>();
        for (Content c : items.values()) {
            out.add(StandaloneEvents.created(c, product));
        }
        for (ContentRecords.Version v : of.versions()) {
            out.add(StandaloneEvents.version(items.get(v.contentId()), v.version(), v.author(), v.at(), product));
        }
        Map<Long, String> commentAuthors = new HashMap<>();
        for (ContentRecords.CommentRecord c : of.comments()) {
            commentAuthors.put(c.commentId(), c.author());
        }
        for (ContentRecords.CommentRecord c : of.comments()) {
            String parentAuthor = c.parentId() == null ? null : commentAuthors.get(c.parentId());
            if (c.parentId() != null && parentAuthor == null) {
                continue;
            }
            out.add(StandaloneEvents.comment(items.get(c.contentId()), c.commentId(), c.author(), parentAuthor, c.at(),
                    product));
        }
        for (ContentRecords.Like l : of.likes()) {
            out.add(StandaloneEvents.like(items.get(l.contentId()), l.user(), l.at(), product));
        }
        for (ContentRecords.Mention m : of.mentions()) {
            out.add(StandaloneEvents.mention(items.get(m.contentId()), m.user(), m.author(), m.at(), product));
        }
        for (ContentRecords.IssueChange ch : of.changes()) {
            StatusChange status = ch.statusTo() == null ? null : new StatusChange(ch.statusFrom(), ch.statusTo());
            out.add(StandaloneEvents.change(items.get(ch.contentId()), ch.kind(), ch.assignee(), ch.author(), ch.at(),
                    product, status));
        }
        return out;
    }
}
