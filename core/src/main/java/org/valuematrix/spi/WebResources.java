package org.valuematrix.spi;

/**
 * Host-specific pieces of a full page: how its scripts and styles are included and how the
 * host's chrome (header, navigation) is applied around Value Matrix's content.
 */
public interface WebResources {

    /**
     * @param feature a feature name such as {@code activity}; the host includes AUI plus that
     *     feature's script and stylesheet from {@code core}'s {@code web/<feature>/} folder
     * @return HTML for the page's head (link and script tags, or nothing when the host
     *     injects resources itself); never null
     */
    String headHtml(String feature);

    /** @return the host's base URL path without trailing slash, e.g. {@code /confluence} or {@code ""} */
    String contextPath();

    /**
     * The site's canonical address, the start of every absolute link Value Matrix writes (feeds,
     * Activity Streams documents, {@code Location} headers). It is what the administrator
     * configured, never read from the current request: a request's {@code Host} header is chosen
     * by whoever sends it.
     *
     * @return scheme, host, port when not the default, and the context path, without trailing
     *     slash, e.g. {@code https://wiki.example.com/confluence}; never null
     */
    String baseUrl();

    /** @return HTML the host puts at the top of the body (standalone: its header); "" where the host decorates */
    String bodyTopHtml();

    /**
     * @param request the current request, for the address to come back to (under
     *     {@link #baseUrl()}, so the context path appears once)
     * @return where to send an anonymous user to log in
     */
    String loginUrl(javax.servlet.http.HttpServletRequest request);
}
