package org.valuematrix.plugin.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import java.net.URI;
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
    void loginUrl_shouldComeBackToTheRequestedPage() {
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/value-matrix/activity");
        when(request.getQueryString()).thenReturn("scope=across");
        when(login.getLoginUri(URI.create("/jira/plugins/servlet/value-matrix/activity?scope=across")))
                .thenReturn(URI.create("/jira/login.jsp?os_destination=%2Fplugins"));

        assertThat(target.loginUrl(request)).isEqualTo("/jira/login.jsp?os_destination=%2Fplugins");
    }
}
