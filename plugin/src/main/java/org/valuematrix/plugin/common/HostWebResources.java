package org.valuematrix.plugin.common;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.net.URI;
import javax.servlet.http.HttpServletRequest;
import org.valuematrix.ValueMatrix;
import org.valuematrix.spi.WebResources;

/**
 * {@link WebResources} for Confluence and Jira: pages are decorated by the host (core's page
 * asks for the {@code atl.general} decorator), which also writes the {@code <script>} and
 * {@code <link>} tags of every web resource required during the request.
 */
public class HostWebResources implements WebResources {
    private final PageBuilderService pages;
    private final ApplicationProperties application;
    private final LoginUriProvider login;

    public HostWebResources(PageBuilderService pages, ApplicationProperties application, LoginUriProvider login) {
        this.pages = pages;
        this.application = application;
        this.login = login;
    }

    /** @return the complete key of a feature's web-resource module in the descriptor */
    public static String moduleKey(String feature) {
        return ValueMatrix.PLUGIN_KEY + ":" + feature + "-resources";
    }

    @Override
    public String headHtml(String feature) {
        pages.assembler().resources().requireWebResource(moduleKey(feature));
        return "";
    }

    @Override
    public String contextPath() {
        String base = application.getBaseUrl(UrlMode.RELATIVE);
        if (base == null) {
            return "";
        }
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    @Override
    public String bodyTopHtml() {
        return "";
    }

    @Override
    public String loginUrl(HttpServletRequest request) {
        String back = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        try {
            return login.getLoginUri(URI.create(back)).toASCIIString();
        } catch (IllegalArgumentException e) {
            return login.getLoginUri(URI.create(contextPath() + "/")).toASCIIString();
        }
    }
}
