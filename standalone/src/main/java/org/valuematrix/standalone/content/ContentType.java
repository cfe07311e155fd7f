package org.valuematrix.standalone.content;

import java.util.Locale;

/** What a content item is; the wire name is the activity object type core stores. */
public enum ContentType {
    PAGE,
    BLOGPOST,
    ISSUE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ContentType parse(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
