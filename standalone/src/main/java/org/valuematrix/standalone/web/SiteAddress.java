package org.valuematrix.standalone.web;

import javax.servlet.http.HttpServletRequest;

/**
 * Where the standalone host lives: its context path (e.g. {@code /confluence}, or "" at the
 * root) and its canonical base URL, which every absolute link and {@code Location} header starts
 * with. The base URL is the one configured, or, when none was, the address the server bound
 * (known only once it listens: port 0 picks any free port).
 */
public final class SiteAddress {
    private final String contextPath;
    private volatile String baseUrl;

    /**
     * @param contextPath "" or a path that starts with {@code /} and does not end with one
     * @param baseUrl the configured base URL (ending with the context path, no trailing slash),
     *     or null to use the bound address
     */
    public SiteAddress(String contextPath, String baseUrl) {
        this.contextPath = contextPath;
        this.baseUrl = baseUrl;
    }

    /** Sets the base URL from the address the server listens on, unless one was configured. */
    public void bound(String host, int port) {
        if (baseUrl == null) {
            String name = "0.0.0.0".equals(host) || "::".equals(host) ? "localhost" : host;
            baseUrl = "http://" + (name.contains(":") ? "[" + name + "]" : name) + ":" + port + contextPath;
        }
    }

    public String contextPath() {
        return contextPath;
    }

    /** @return e.g. {@code https://wiki.example.com/confluence}, without trailing slash */
    public String baseUrl() {
        String url = baseUrl;
        if (url == null) {
            throw new IllegalStateException("the base URL is known once the server listens");
        }
        return url;
    }

    /** @param path a path inside the context, e.g. {@link HostPaths#SPACES}; @return its link from a page */
    public String link(String path) {
        return contextPath + path;
    }

    /** @param path a path inside the context; @return its absolute address, for {@code Location} headers */
    public String absolute(String path) {
        return baseUrl() + path;
    }

    /**
     * @return the request's address under the base URL: its path inside the context (as sent,
     *     still encoded) and its query
     */
    public String absolute(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String inside = uri.startsWith(contextPath + "/") ? uri.substring(contextPath.length()) : HostPaths.HOME;
        return absolute(inside) + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    }
}
