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
        return withoutTrailingSlash(application.getBaseUrl(UrlMode.RELATIVE));
    }

    /** SAL's canonical base URL: what the administrator configured, whatever Host a request names. */
    @Override
    public String baseUrl() {
        return withoutTrailingSlash(application.getBaseUrl(UrlMode.CANONICAL));
    }

    @Override
    public String bodyTopHtml() {
        return "";
    }

    /**
     * SAL hands the return address to Seraph as {@code os_destination}, which prefixes a relative
     * one with the context path again: so the address is absolute, the canonical base URL (not
     * the request's Host) followed by the path inside the context.
     */
    @Override
    public String loginUrl(HttpServletRequest request) {
        String base = baseUrl();
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        String inside = uri.startsWith(context + "/") ? uri.substring(context.length()) : "/";
        String back = base + inside + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        try {
            return login.getLoginUri(URI.create(back)).toASCIIString();
        } catch (IllegalArgumentException e) {
            return login.getLoginUri(URI.create(base + "/")).toASCIIString();
        }
    }

    private static String withoutTrailingSlash(String url) {
        if (url == null) {
            return "";
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
