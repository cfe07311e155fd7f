package org.valuematrix.activity.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.valuematrix.activity.stream.StreamCursor;
import org.valuematrix.activity.stream.StreamFilter;
import org.valuematrix.support.Links;

/**
 * Absolute links for feeds and Activity Streams documents, under the site's canonical base URL
 * ({@link org.valuematrix.spi.WebResources#baseUrl()}), never the request's {@code Host} header.
 */
final class StreamLinks {
    private StreamLinks() {
    }

    /**
     * @param base the canonical base URL, e.g. {@code https://wiki.example.com/confluence}
     * @return the absolute address of a link target {@link Links} accepts; empty for any other
     */
    static Optional<String> link(String base, String url) {
        return Links.under(base, url);
    }

    /** @return an object's address, or a URN naming it where its link is refused */
    static String objectId(String base, Map<String, Object> object) {
        return link(base, (String) object.get("url")).orElseGet(() -> "urn:value-matrix:object:"
                + encode(String.valueOf(object.get("type"))) + ":" + encode(String.valueOf(object.get("id"))));
    }

    /** @return a container's address, or a URN naming it where its link is refused */
    static String containerId(String base, Map<String, Object> container) {
        return link(base, (String) container.get("url"))
                .orElseGet(() -> "urn:value-matrix:container:" + encode(String.valueOf(container.get("key"))));
    }

    static String page(String base, String path, StreamFilter filter, StreamCursor cursor) {
        StringBuilder sb = new StringBuilder(base).append("/rest/value-matrix/1.0/").append(path);
        char sep = '?';
        for (String[] p : filter.asParameters()) {
            sb.append(sep).append(p[0]).append('=').append(encode(p[1]));
            sep = '&';
        }
        sb.append(sep).append("limit=").append(filter.limit());
        if (cursor != null) {
            sb.append("&cursor=").append(cursor.encode());
        }
        return sb.toString();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
