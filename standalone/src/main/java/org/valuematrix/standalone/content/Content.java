package org.valuematrix.standalone.content;

import java.time.Instant;
import java.util.Objects;

/** A page, blog post or issue. Immutable; the store hands out these, never entities. */
public final class Content {
    private final long id;
    private final ContentType type;
    private final String containerKey;
    private final String slug;
    private final String title;
    private final String author;
    private final String body;
    private final Instant createdAt;

    @SuppressWarnings("checkstyle:ParameterNumber")
    public Content(long id, ContentType type, String containerKey, String slug, String title, String author, String body,
            Instant createdAt) {
        this.id = id;
        this.type = Objects.requireNonNull(type, "type");
        this.containerKey = Objects.requireNonNull(containerKey, "containerKey");
        this.slug = Objects.requireNonNull(slug, "slug");
        this.title = Objects.requireNonNull(title, "title");
        this.author = Objects.requireNonNull(author, "author");
        this.body = body == null ? "" : body;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public long id() {
        return id;
    }

    public ContentType type() {
        return type;
    }

    public String containerKey() {
        return containerKey;
    }

    /** The last part of the address: a title slug in a space, the issue key in a project. */
    public String slug() {
        return slug;
    }

    public String title() {
        return title;
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

    /** @return {@code /display/KEY/slug} for pages and blog posts, {@code /browse/KEY-n} for issues */
    public String url() {
        return type == ContentType.ISSUE ? "/browse/" + slug : "/display/" + containerKey + "/" + slug;
    }
}
