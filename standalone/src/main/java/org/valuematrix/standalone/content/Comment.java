package org.valuematrix.standalone.content;

import java.time.Instant;
import java.util.Objects;

/** A comment on a content item. */
public final class Comment {
    private final long id;
    private final long contentId;
    private final String author;
    private final String body;
    private final Instant createdAt;

    /** @param id the comment's public id: its id in activity events and its anchor on the page */
    public Comment(long id, long contentId, String author, String body, Instant createdAt) {
        this.id = id;
        this.contentId = contentId;
        this.author = Objects.requireNonNull(author, "author");
        this.body = body == null ? "" : body;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** @return the comment's id in activity events and in its anchor on the page ({@code #comment-…}) */
    public String objectId() {
        return String.valueOf(id);
    }

    public long id() {
        return id;
    }

    public long contentId() {
        return contentId;
    }

    public String author() {
        return author;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
