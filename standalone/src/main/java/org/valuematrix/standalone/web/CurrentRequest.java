package org.valuematrix.standalone.web;

import java.util.Optional;
import javax.servlet.http.HttpServletRequest;

/**
 * The request being served on this thread. {@link org.valuematrix.spi.WebResources#bodyTopHtml()}
 * takes no request, yet the standalone header shows who is logged in, so the host's filter
 * publishes the request here for the duration of each call.
 */
public final class CurrentRequest {
    private static final ThreadLocal<HttpServletRequest> CURRENT = new ThreadLocal<>();

    private CurrentRequest() {
    }

    public static Optional<HttpServletRequest> get() {
        return Optional.ofNullable(CURRENT.get());
    }

    static void set(HttpServletRequest request) {
        CURRENT.set(request);
    }

    static void clear() {
        CURRENT.remove();
    }
}
