package org.valuematrix.standalone.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.standalone.content.ao.AOComment;
import org.valuematrix.standalone.content.ao.AOContent;

/** Pages, blog posts, issues and comments of the standalone host, in Active Objects. */
public class ContentStore {
    private final EntityAccess ao;

    public ContentStore(EntityAccess ao) {
        this.ao = ao;
    }

    /** The database, for the stores of what happens to items ({@link ContentRecords}). */
    public EntityAccess entityAccess() {
        return ao;
    }

    public Optional<Content> byId(long id) {
        AOContent[] hit = ao.find(AOContent.class, Query.select().where("CONTENT_ID = ?", id));
        return hit.length == 0 ? Optional.empty() : Optional.of(toContent(hit[0]));
    }

    public Optional<Content> bySlug(String containerKey, String slug) {
        AOContent[] hit = ao.find(AOContent.class,
                Query.select().where("CONTAINER_KEY = ? AND SLUG = ?", containerKey, slug).limit(1));
        return hit.length == 0 ? Optional.empty() : Optional.of(toContent(hit[0]));
    }

    /** @return the container's newest items first */
    public List<Content> recent(String containerKey, int limit) {
        List<Content> out = new ArrayList<>();
        for (AOContent c : ao.find(AOContent.class, Query.select().where("CONTAINER_KEY = ?", containerKey)
                .order("CREATED_AT DESC, CONTENT_ID DESC").limit(limit))) {
            out.add(toContent(c));
        }
        return out;
    }

    public int count(String containerKey) {
        return ao.count(AOContent.class, Query.select().where("CONTAINER_KEY = ?", containerKey));
    }

    /** @return the next free content id; callers creating content serialise on this store */
    public long nextId() {
        AOContent[] last = ao.find(AOContent.class, Query.select("ID, CONTENT_ID").order("CONTENT_ID DESC").limit(1));
        return last.length == 0 ? 1 : last[0].getContentId() + 1;
    }

    /** Stores items whose ids and slugs the caller made unique (the demo loader). */
    public void addAll(List<Content> items) {
        if (items.isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>(items.size());
        for (Content c : items) {
            rows.add(row(c));
        }
        ao.executeInTransaction(() -> {
            ao.create(AOContent.class, rows);
            return null;
        });
    }

    /**
     * Creates an item with the next id and a slug unique in its container (an issue's slug is
     * its key, {@code PROJ-n}).
     */
    public synchronized Content create(ContentType type, String containerKey, String title, String author, String body,
            Instant at) {
        return ao.executeInTransaction(() -> {
            long id = nextId();
            String slug = type == ContentType.ISSUE ? containerKey + "-" + (count(containerKey) + 1) : freeSlug(containerKey, title);
            Content c = new Content(id, type, containerKey, slug, title, author, body, at);
            ao.create(AOContent.class, row(c));
            return c;
        });
    }

    /** Adds a comment with the next public comment id; callers adding comments serialise on this store. */
    public synchronized Comment addComment(long contentId, String author, String body, Instant at) {
        return ao.executeInTransaction(() -> {
            long id = nextCommentId();
            Map<String, Object> row = new HashMap<>();
            row.put("COMMENT_ID", id);
            row.put("CONTENT_ID", contentId);
            row.put("AUTHOR", author);
            row.put("BODY", body);
            row.put("CREATED_AT", at.toEpochMilli());
            ao.create(AOComment.class, row);
            return new Comment(id, contentId, author, body, at);
        });
    }

    /** @return the next free public comment id (above every row id too: older rows' ids are theirs) */
    public long nextCommentId() {
        AOComment[] byPublic = ao.find(AOComment.class, Query.select("ID, COMMENT_ID")
                .where("COMMENT_ID IS NOT NULL").order("COMMENT_ID DESC").limit(1));
        AOComment[] byRow = ao.find(AOComment.class, Query.select("ID").order("ID DESC").limit(1));
        long last = Math.max(byPublic.length == 0 ? 0 : byPublic[0].getCommentId(), byRow.length == 0 ? 0 : byRow[0].getID());
        return last + 1;
    }

    /** @return the item's comments, oldest first */
    public List<Comment> comments(long contentId) {
        List<Comment> out = new ArrayList<>();
        for (AOComment c : ao.find(AOComment.class, Query.select().where("CONTENT_ID = ?", contentId)
                .order("CREATED_AT, ID"))) {
            out.add(comment(c));
        }
        return out;
    }

    /** @param objectId a comment's id in activity events ({@link Comment#objectId()}) */
    public Optional<Comment> commentByObjectId(String objectId) {
        if (!objectId.matches("[1-9][0-9]{0,17}")) {
            return Optional.empty();
        }
        long id = Long.parseLong(objectId);
        AOComment[] found = ao.find(AOComment.class, Query.select().where("COMMENT_ID = ?", id));
        if (found.length == 0) {
            found = ao.find(AOComment.class, Query.select().where("COMMENT_ID IS NULL AND ID = ?", id));
        }
        return found.length == 0 ? Optional.empty() : Optional.of(comment(found[0]));
    }

    private static Comment comment(AOComment c) {
        return new Comment(ContentRecords.publicId(c), c.getContentId(), c.getAuthor(), c.getBody(),
                Instant.ofEpochMilli(c.getCreatedAt()));
    }

    /**
     * @return at most {@code limit} of the container's items in order of creation, then id, after the
     *     item created at {@code afterMillis} with id {@code afterId}
     */
    public List<Content> after(String containerKey, long afterMillis, long afterId, int limit) {
        List<Content> out = new ArrayList<>();
        for (AOContent c : ao.find(AOContent.class, Query.select()
                .where("CONTAINER_KEY = ? AND (CREATED_AT > ? OR (CREATED_AT = ? AND CONTENT_ID > ?))", containerKey,
                        afterMillis, afterMillis, afterId)
                .order("CREATED_AT, CONTENT_ID").limit(limit))) {
            out.add(toContent(c));
        }
        return out;
    }

    private String freeSlug(String containerKey, String title) {
        String base = Slugs.of(title);
        String slug = base;
        for (int n = 2; bySlug(containerKey, slug).isPresent(); n++) {
            slug = base + "+" + n;
        }
        return slug;
    }

    private static Map<String, Object> row(Content c) {
        Map<String, Object> row = new HashMap<>();
        row.put("CONTENT_ID", c.id());
        row.put("CONTENT_TYPE", c.type().wire());
        row.put("CONTAINER_KEY", c.containerKey());
        row.put("SLUG", c.slug());
        row.put("TITLE", c.title());
        row.put("AUTHOR", c.author());
        row.put("BODY", c.body());
        row.put("CREATED_AT", c.createdAt().toEpochMilli());
        return row;
    }

    private static Content toContent(AOContent c) {
        return new Content(c.getContentId(), ContentType.parse(c.getContentType()), c.getContainerKey(), c.getSlug(),
                c.getTitle(), c.getAuthor(), c.getBody(), Instant.ofEpochMilli(c.getCreatedAt()));
    }
}
