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

    /** @return HTML the host puts at the top of the body (standalone: its header); "" where the host decorates */
    String bodyTopHtml();

    /**
     * @param request the current request, for the address to come back to
     * @return where to send an anonymous user to log in
     */
    String loginUrl(javax.servlet.http.HttpServletRequest request);
}
