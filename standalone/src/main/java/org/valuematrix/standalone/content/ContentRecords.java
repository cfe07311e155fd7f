package org.valuematrix.standalone.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.standalone.content.ao.AOComment;
import org.valuematrix.standalone.content.ao.AOIssueChange;
import org.valuematrix.standalone.content.ao.AOLike;
import org.valuematrix.standalone.content.ao.AOMention;
import org.valuematrix.standalone.content.ao.AOVersion;

/**
 * What happened to the standalone host's items after they were written, as the products keep it:
 * later versions, comments and replies, likes, mentions, and issue changes. Written in bulk by
 * the demo, read back per item by the history import.
 */
public class ContentRecords {
    private static final int CHUNK = 1_000;

    /** A later version (2, 3, …) of an item. */
    public record Version(long contentId, int version, String author, Instant at) {
    }

    /** A comment, or a reply when {@code parentId} names the comment it answers. */
    public record CommentRecord(long commentId, long contentId, Long parentId, String author, String body, Instant at) {
    }

    public record Like(long contentId, String user, Instant at) {
    }

    /** {@code user} mentioned by {@code author} in a body saved at {@code at}. */
    public record Mention(long contentId, String user, String author, Instant at) {
    }

    /**
     * kind is assigned (to {@code assignee}), transitioned or resolved; a transition or resolution
     * names the status before and after ({@code statusFrom} null when not known).
     */
    public record IssueChange(long contentId, String kind, String assignee, String author, Instant at,
            String statusFrom, String statusTo) {
    }

    /** Everything recorded about some items. */
    public record Of(List<Version> versions, List<CommentRecord> comments, List<Like> likes, List<Mention> mentions,
            List<IssueChange> changes) {
    }

    private final EntityAccess ao;

    public ContentRecords(EntityAccess ao) {
        this.ao = ao;
    }

    /** Stores rows whose ids the caller made unique (the demo loader), in one transaction per chunk. */
    public void addAll(Of records) {
        insert(AOVersion.class, records.versions(), v -> row("CONTENT_ID", v.contentId(), "VERSION", v.version(),
                "AUTHOR", v.author(), "CREATED_AT", v.at().toEpochMilli()));
        insert(AOComment.class, records.comments(), c -> row("COMMENT_ID", c.commentId(), "CONTENT_ID", c.contentId(),
                "PARENT_ID", c.parentId(), "AUTHOR", c.author(), "BODY", c.body(), "CREATED_AT", c.at().toEpochMilli()));
        insert(AOLike.class, records.likes(), l -> row("CONTENT_ID", l.contentId(), "USER_KEY", l.user(),
                "CREATED_AT", l.at().toEpochMilli()));
        insert(AOMention.class, records.mentions(), m -> row("CONTENT_ID", m.contentId(), "USER_KEY", m.user(),
                "AUTHOR", m.author(), "CREATED_AT", m.at().toEpochMilli()));
        insert(AOIssueChange.class, records.changes(), c -> row("CONTENT_ID", c.contentId(), "KIND", c.kind(),
                "ASSIGNEE", c.assignee(), "AUTHOR", c.author(), "CREATED_AT", c.at().toEpochMilli(),
                "STATUS_FROM", c.statusFrom(), "STATUS_TO", c.statusTo()));
    }

    /** @return everything recorded about these items (a few dozen ids: one query per kind) */
    public Of of(Collection<Long> contentIds) {
        if (contentIds.isEmpty()) {
            return new Of(List.of(), List.of(), List.of(), List.of(), List.of());
        }
        Object[] ids = contentIds.toArray();
        String where = "CONTENT_ID IN (" + String.join(",", java.util.Collections.nCopies(ids.length, "?")) + ")";
        List<Version> versions = new ArrayList<>();
        for (AOVersion v : ao.find(AOVersion.class, Query.select().where(where, ids))) {
            versions.add(new Version(v.getContentId(), v.getVersion(), v.getAuthor(), Instant.ofEpochMilli(v.getCreatedAt())));
        }
        List<CommentRecord> comments = new ArrayList<>();
        for (AOComment c : ao.find(AOComment.class, Query.select().where(where, ids))) {
            comments.add(new CommentRecord(publicId(c), c.getContentId(), c.getParentId(), c.getAuthor(), c.getBody(),
                    Instant.ofEpochMilli(c.getCreatedAt())));
        }
        List<Like> likes = new ArrayList<>();
        for (AOLike l : ao.find(AOLike.class, Query.select().where(where, ids))) {
            likes.add(new Like(l.getContentId(), l.getUserKey(), Instant.ofEpochMilli(l.getCreatedAt())));
        }
        List<Mention> mentions = new ArrayList<>();
        for (AOMention m : ao.find(AOMention.class, Query.select().where(where, ids))) {
            mentions.add(new Mention(m.getContentId(), m.getUserKey(), m.getAuthor(), Instant.ofEpochMilli(m.getCreatedAt())));
        }
        List<IssueChange> changes = new ArrayList<>();
        for (AOIssueChange c : ao.find(AOIssueChange.class, Query.select().where(where, ids))) {
            changes.add(new IssueChange(c.getContentId(), c.getKind(), c.getAssignee(), c.getAuthor(),
                    Instant.ofEpochMilli(c.getCreatedAt()), c.getStatusFrom(), c.getStatusTo()));
        }
        return new Of(versions, comments, likes, mentions, changes);
    }

    /** A comment's public id: the one the store gave it, or its row id for rows older than that. */
    static long publicId(AOComment c) {
        return c.getCommentId() != null ? c.getCommentId() : c.getID();
    }

    private <T, E extends RawEntity<Integer>> void insert(Class<E> type, List<T> items, Function<T, Map<String, Object>> row) {
        for (int i = 0; i < items.size(); i += CHUNK) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (T item : items.subList(i, Math.min(items.size(), i + CHUNK))) {
                rows.add(row.apply(item));
            }
            ao.executeInTransaction(() -> {
                ao.create(type, rows);
                return null;
            });
        }
    }

    private static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }
}
