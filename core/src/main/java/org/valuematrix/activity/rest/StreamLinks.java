package org.valuematrix.activity.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import org.valuematrix.activity.stream.StreamCursor;
import org.valuematrix.activity.stream.StreamFilter;
import org.valuematrix.support.Links;

/** Absolute links for feeds and Activity Streams documents, built from the current request. */
final class StreamLinks {
    private StreamLinks() {
    }

    /** @return e.g. {@code https://wiki.example.com/confluence} */
    static String base(HttpServletRequest request) {
        StringBuilder sb = new StringBuilder().append(request.getScheme()).append("://").append(request.getServerName());
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        if (!defaultPort && port > 0) {
            sb.append(':').append(port);
        }
        return sb.append(request.getContextPath()).toString();
    }

    /** @return the absolute address of a link target {@link Links} accepts; empty for any other */
    static Optional<String> link(HttpServletRequest request, String url) {
        return Links.under(base(request), url);
    }

    /** @return an object's address, or a URN naming it where its link is refused */
    static String objectId(HttpServletRequest request, Map<String, Object> object) {
        return link(request, (String) object.get("url")).orElseGet(() -> "urn:value-matrix:object:"
                + encode(String.valueOf(object.get("type"))) + ":" + encode(String.valueOf(object.get("id"))));
    }

    /** @return a container's address, or a URN naming it where its link is refused */
    static String containerId(HttpServletRequest request, Map<String, Object> container) {
        return link(request, (String) container.get("url"))
                .orElseGet(() -> "urn:value-matrix:container:" + encode(String.valueOf(container.get("key"))));
    }

    static String page(HttpServletRequest request, String path, StreamFilter filter, StreamCursor cursor) {
        StringBuilder sb = new StringBuilder(base(request)).append("/rest/value-matrix/1.0/").append(path);
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
