package org.valuematrix.activity;

import java.util.Objects;

/** What an event is about: a page, blog post, comment, issue… */
public final class ActivityObject {
    private final String type;
    private final String id;
    private final String title;
    private final String url;

    public ActivityObject(String type, String id, String title, String url) {
        this.type = Objects.requireNonNull(type, "type");
        this.id = Objects.requireNonNull(id, "id");
        this.title = title == null ? "" : title;
        this.url = url == null ? "" : url;
    }

    public String type() {
        return type;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String url() {
        return url;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ActivityObject)) {
            return false;
        }
        ActivityObject a = (ActivityObject) o;
        return type.equals(a.type) && id.equals(a.id) && title.equals(a.title) && url.equals(a.url);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, id, title, url);
    }
}
