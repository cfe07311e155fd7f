package org.valuematrix.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.valuematrix.spi.ContentExcerpts;

/** Which entries show the words of their object (comments and replies), cut to a short excerpt. */
final class Excerpts {
    static final int MAX = 160;

    private Excerpts() {
    }

    @SuppressWarnings("unchecked")
    static ContentExcerpts.Ref ref(Map<String, Object> item) {
        Map<String, Object> object = (Map<String, Object>) item.get("object");
        if (!"comment".equals(object.get("type"))) {
            return null;
        }
        Map<String, Object> container = (Map<String, Object>) item.get("container");
        return new ContentExcerpts.Ref("comment", (String) object.get("id"), (String) container.get("key"));
    }

    static Set<ContentExcerpts.Ref> refs(List<Map<String, Object>> items) {
        Set<ContentExcerpts.Ref> out = new LinkedHashSet<>();
        for (Map<String, Object> item : items) {
            ContentExcerpts.Ref ref = ref(item);
            if (ref != null) {
                out.add(ref);
            }
        }
        return out;
    }

    /** @return the text on one line, cut at a word before {@link #MAX} characters with an ellipsis; null for none */
    static String shorten(String text) {
        if (text == null) {
            return null;
        }
        String line = text.replaceAll("\\s+", " ").strip();
        if (line.isEmpty()) {
            return null;
        }
        if (line.length() <= MAX) {
            return line;
        }
        int cut = line.lastIndexOf(' ', MAX - 1);
        return line.substring(0, cut > MAX / 2 ? cut : MAX - 1).strip() + "\u2026";
    }
}
