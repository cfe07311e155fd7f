package org.valuematrix.activity.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.valuematrix.activity.stream.StreamCursor;
import org.valuematrix.activity.stream.StreamFilter;

/**
 * Absolute links for feeds and Activity Streams documents, under the site's canonical base URL
 * ({@link org.valuematrix.spi.WebResources#baseUrl()}), never the request's {@code Host} header.
 */
final class StreamLinks {
    private StreamLinks() {
    }

    /**
     * @param base the canonical base URL, e.g. {@code https://wiki.example.com/confluence}
     * @param url a site-relative address (starts with {@code /}) or an absolute one
     */
    static String absolute(String base, String url) {
        if (url == null || url.isEmpty()) {
            return base + "/";
        }
        return url.startsWith("/") ? base + url : url;
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
