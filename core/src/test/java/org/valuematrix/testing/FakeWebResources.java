package org.valuematrix.testing;

import javax.servlet.http.HttpServletRequest;
import org.valuematrix.spi.WebResources;

/**
 * A host that lives under {@code /wiki} at {@link #BASE_URL} and includes resources with one
 * marker tag. Its requests ({@link Requests}) name another host, as a forged {@code Host} header
 * would, so a link built from the request instead of the base URL shows.
 */
public final class FakeWebResources implements WebResources {
    public static final String CONTEXT_PATH = "/wiki";
    public static final String BASE_URL = "https://wiki.example.com" + CONTEXT_PATH;

    @Override
    public String headHtml(String feature) {
        return "<link rel=\"stylesheet\" href=\"" + CONTEXT_PATH + "/web/" + feature + ".css\">";
    }

    @Override
    public String contextPath() {
        return CONTEXT_PATH;
    }

    @Override
    public String baseUrl() {
        return BASE_URL;
    }

    @Override
    public String bodyTopHtml() {
        return "<header id=\"host-header\"></header>";
    }

    @Override
    public String loginUrl(HttpServletRequest request) {
        return CONTEXT_PATH + "/login";
    }
}
