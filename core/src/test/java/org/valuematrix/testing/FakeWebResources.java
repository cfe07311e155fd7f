package org.valuematrix.testing;

import javax.servlet.http.HttpServletRequest;
import org.valuematrix.spi.WebResources;

/** A host that lives under {@code /wiki} and includes resources with one marker tag. */
public final class FakeWebResources implements WebResources {
    public static final String CONTEXT_PATH = "/wiki";

    @Override
    public String headHtml(String feature) {
        return "<link rel=\"stylesheet\" href=\"" + CONTEXT_PATH + "/web/" + feature + ".css\">";
    }

    @Override
    public String contextPath() {
        return CONTEXT_PATH;
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
