package org.valuematrix.plugin.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class HostWebResourcesTest {
    @Mock
    private PageBuilderService pages;
    @Mock
    private WebResourceAssembler assembler;
    @Mock
    private RequiredResources resources;
    @Mock
    private ApplicationProperties application;
    @Mock
    private LoginUriProvider login;
    @Mock
    private HttpServletRequest request;
    private HostWebResources target;

    @BeforeEach
    void setUp() {
        target = new HostWebResources(pages, application, login);
    }

    @Test
    void headHtml_shouldRequireTheFeaturesWebResourceAndLeaveTheTagsToTheHost() {
        when(pages.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(resources);

        assertThat(target.headHtml("activity")).isEmpty();
        verify(resources).requireWebResource("org.valuematrix.value-matrix:activity-resources");
    }

    @Test
    void contextPath_shouldBeTheRelativeBaseUrlWithoutTrailingSlash() {
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/confluence/");

        assertThat(target.contextPath()).isEqualTo("/confluence");
    }

    @Test
    void contextPath_shouldBeEmptyAtTheRoot() {
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("");

        assertThat(target.contextPath()).isEmpty();
        assertThat(target.bodyTopHtml()).isEmpty();
    }

    @Test
    void baseUrl_shouldBeTheCanonicalBaseUrlWithoutTrailingSlash() {
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://wiki.example.com/confluence/");

        assertThat(target.baseUrl()).isEqualTo("https://wiki.example.com/confluence");
    }

    @Test
    void loginUrl_underAContextPath_shouldComeBackToTheRequestedPageOnce() {
        target = new HostWebResources(pages, application, new SeraphLogin("/jira"));
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://jira.example.com/jira");
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/value-matrix/activity");
        when(request.getContextPath()).thenReturn("/jira");
        when(request.getQueryString()).thenReturn("scope=across&team=sup%20port");

        String login = target.loginUrl(request);

        assertThat(login).startsWith("/jira/login.jsp?os_destination=");
        assertThat(SeraphLogin.destinationAfterLogin(login, "/jira"))
                .isEqualTo("https://jira.example.com/jira/plugins/servlet/value-matrix/activity?scope=across&team=sup%20port");
    }

    @Test
    void loginUrl_atTheRoot_shouldComeBackToTheRequestedPage() {
        target = new HostWebResources(pages, application, new SeraphLogin(""));
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://wiki.example.com");
        when(request.getRequestURI()).thenReturn("/plugins/servlet/value-matrix/activity");
        when(request.getContextPath()).thenReturn("");

        assertThat(SeraphLogin.destinationAfterLogin(target.loginUrl(request), ""))
                .isEqualTo("https://wiki.example.com/plugins/servlet/value-matrix/activity");
    }

    @Test
    void loginUrl_shouldNeverNameTheHostTheRequestNames() {
        target = new HostWebResources(pages, application, new SeraphLogin("/confluence"));
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://wiki.example.com/confluence");
        when(request.getRequestURI()).thenReturn("/confluence/plugins/servlet/value-matrix/activity");
        when(request.getContextPath()).thenReturn("/confluence");
        lenient().when(request.getRequestURL())
                .thenReturn(new StringBuffer("http://evil.example/confluence/plugins/servlet/value-matrix/activity"));
        lenient().when(request.getServerName()).thenReturn("evil.example");
        lenient().when(request.getHeader("Host")).thenReturn("evil.example");

        String login = target.loginUrl(request);

        assertThat(login).doesNotContain("evil");
        assertThat(SeraphLogin.destinationAfterLogin(login, "/confluence"))
                .isEqualTo("https://wiki.example.com/confluence/plugins/servlet/value-matrix/activity");
    }

    @Test
    void loginUrl_withAnAddressNoUriAccepts_shouldComeBackToTheSite() {
        target = new HostWebResources(pages, application, new SeraphLogin("/confluence"));
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://wiki.example.com/confluence");
        when(request.getRequestURI()).thenReturn("/confluence/plugins/servlet/value-matrix/activity");
        when(request.getContextPath()).thenReturn("/confluence");
        when(request.getQueryString()).thenReturn("actor=a|b");

        assertThat(SeraphLogin.destinationAfterLogin(target.loginUrl(request), "/confluence"))
                .isEqualTo("https://wiki.example.com/confluence/");
    }

    /**
     * SAL 5.1.4's {@code SeraphLoginUriProvider} and Seraph 4.1.4's {@code BaseLoginFilter} as
     * they treat the return address (read in the decompiled Confluence 8.7.2): the address goes
     * URL-encoded into {@code os_destination} of the context's login page; after login an
     * absolute destination is followed as it is, a relative one is put under the context path.
     */
    private static final class SeraphLogin implements LoginUriProvider {
        private final String contextPath;

        SeraphLogin(String contextPath) {
            this.contextPath = contextPath;
        }

        @Override
        public URI getLoginUri(URI returnUri) {
            return URI.create(contextPath + "/login.jsp?os_destination="
                    + URLEncoder.encode(returnUri.toString(), StandardCharsets.UTF_8));
        }

        static String destinationAfterLogin(String loginUrl, String contextPath) {
            String encoded = loginUrl.substring(loginUrl.indexOf("os_destination=") + "os_destination=".length());
            String destination = URLDecoder.decode(encoded, StandardCharsets.UTF_8);
            if (URI.create(destination).isAbsolute()) {
                return destination;
            }
            return contextPath + "/" + destination.replaceFirst("^/+", "");
        }
    }
}
