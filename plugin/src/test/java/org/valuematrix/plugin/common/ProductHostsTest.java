package org.valuematrix.plugin.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.audit.api.AuditService;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.user.UserManager;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.valuematrix.activity.capture.ActivityCapture;
import org.valuematrix.plugin.confluence.ConfluenceActivityCapture;
import org.valuematrix.plugin.confluence.ConfluenceContentExcerpts;
import org.valuematrix.plugin.confluence.ConfluenceHost;
import org.valuematrix.plugin.confluence.ConfluenceHostAuditLog;
import org.valuematrix.plugin.confluence.ConfluenceSpaceAdministration;
import org.valuematrix.plugin.confluence.ConfluenceSpaceBlueprintListener;
import org.valuematrix.plugin.jira.JiraActivityCapture;
import org.valuematrix.plugin.jira.JiraContentExcerpts;
import org.valuematrix.plugin.jira.JiraHost;
import org.valuematrix.spaces.HostCreatedSpaces;
import org.valuematrix.spi.ContentExcerpts;
import org.valuematrix.spi.HostAuditLog;
import org.valuematrix.spi.SpaceAdministration;
import org.valuematrix.spi.SpaceAdministrationException;

@ExtendWith(MockitoExtension.class)
class ProductHostsTest {
    private static final List<String> CONFLUENCE = List.of("com.atlassian.confluence.", "com.atlassian.user.",
            "org.valuematrix.plugin.confluence.");
    private static final List<String> JIRA = List.of("com.atlassian.jira.", "org.valuematrix.plugin.jira.");

    @Mock
    private ApplicationProperties application;
    @Mock
    private HostServices services;
    @Mock
    private UserManager users;

    @Test
    void forPlatform_shouldBuildTheConfluenceAdaptersInConfluence() {
        when(application.getPlatformId()).thenReturn("conf");
        when(services.get(any())).thenAnswer(i -> mock((Class<?>) i.getArgument(0)));

        ProductHost target = ProductHosts.forPlatform(application, services, users, Clock.systemUTC());

        assertThat(target).isInstanceOf(ConfluenceHost.class);
        assertThat(target.product()).isEqualTo("confluence");
        assertThat(target.captureListener(mock(ActivityCapture.class))).isInstanceOf(ConfluenceActivityCapture.class);
        assertThat(target.spaceAdministration()).isInstanceOf(ConfluenceSpaceAdministration.class)
                .isSameAs(target.spaceAdministration());
        assertThat(target.hostAuditLog()).isInstanceOf(ConfluenceHostAuditLog.class);
        assertThat(target.contentExcerpts()).isInstanceOf(ConfluenceContentExcerpts.class)
                .isSameAs(target.contentExcerpts());
        assertThat(target.spaceBlueprintListener(mock(HostCreatedSpaces.class)))
                .isInstanceOf(ConfluenceSpaceBlueprintListener.class);
    }

    @Test
    void confluenceWithoutAnAuditService_shouldKeepSpaceChangesInValueMatrixOnly() {
        when(application.getPlatformId()).thenReturn("conf");
        when(services.get(any())).thenAnswer(i -> {
            if (i.getArgument(0) == AuditService.class) {
                throw new IllegalStateException("no audit service");
            }
            return mock((Class<?>) i.getArgument(0));
        });

        ProductHost target = ProductHosts.forPlatform(application, services, users, Clock.systemUTC());

        assertThat(target.hostAuditLog()).isSameAs(HostAuditLog.NONE);
    }

    @Test
    void confluenceWithoutItsCommentManager_shouldShowEntriesWithoutWords() {
        when(application.getPlatformId()).thenReturn("conf");
        when(services.get(any())).thenAnswer(i -> {
            if (i.getArgument(0) == com.atlassian.confluence.pages.CommentManager.class) {
                throw new IllegalStateException("no comment manager");
            }
            return mock((Class<?>) i.getArgument(0));
        });

        ProductHost target = ProductHosts.forPlatform(application, services, users, Clock.systemUTC());

        assertThat(target.contentExcerpts()).isSameAs(ContentExcerpts.NONE);
    }

    @Test
    void forPlatform_shouldBuildTheJiraAdaptersInJira() {
        when(application.getPlatformId()).thenReturn("jira");
        when(services.get(any())).thenAnswer(i -> mock((Class<?>) i.getArgument(0)));

        ProductHost target = ProductHosts.forPlatform(application, services, users, Clock.systemUTC());

        assertThat(target).isInstanceOf(JiraHost.class);
        assertThat(target.product()).isEqualTo("jira");
        assertThat(target.captureListener(mock(ActivityCapture.class))).isInstanceOf(JiraActivityCapture.class);
        assertThat(target.spaceBlueprintListener(mock(HostCreatedSpaces.class))).isNull();
        assertThat(target.hostAuditLog()).isSameAs(HostAuditLog.NONE);
        assertThat(target.contentExcerpts()).isInstanceOf(JiraContentExcerpts.class).isSameAs(target.contentExcerpts());
        assertThat(target.contentHistory().containerKeys()).as("Jira's projects, through the project manager").isEmpty();
        SpaceAdministration spaces = target.spaceAdministration();
        assertThat(spaces.spaceExists("ACME")).isFalse();
        assertThat(spaces.groupExists("acme-customers")).isFalse();
        assertThatThrownBy(() -> spaces.createPrivateSpace("ACME", "Acme", "ian"))
                .isInstanceOf(SpaceAdministrationException.class);
    }

    @Test
    void forPlatform_shouldRefuseOtherProducts() {
        when(application.getPlatformId()).thenReturn("bamboo");

        assertThatThrownBy(() -> ProductHosts.forPlatform(application, services, users, Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("bamboo");
    }

    @Test
    void jiraHost_shouldNeverLoadAConfluenceClass() throws Exception {
        try (ProductIsolationClassLoader jira = new ProductIsolationClassLoader(CONFLUENCE)) {
            Object host = buildIn(jira, "jira");

            assertThat(host.getClass().getName()).isEqualTo(JiraHost.class.getName());
            assertThatThrownBy(() -> jira.loadClass(ConfluenceHost.class.getName()))
                    .isInstanceOf(ClassNotFoundException.class);
            assertThat(jira.loaded()).noneMatch(name -> CONFLUENCE.stream().anyMatch(name::startsWith))
                    .contains(JiraActivityCapture.class.getName());
        }
    }

    @Test
    void confluenceHost_shouldNeverLoadAJiraClass() throws Exception {
        try (ProductIsolationClassLoader confluence = new ProductIsolationClassLoader(JIRA)) {
            Object host = buildIn(confluence, "conf");

            assertThat(host.getClass().getName()).isEqualTo(ConfluenceHost.class.getName());
            assertThat(confluence.loaded()).noneMatch(name -> JIRA.stream().anyMatch(name::startsWith))
                    .contains(ConfluenceActivityCapture.class.getName());
        }
    }

    /**
     * Builds the product host, its adapters and its listener inside the isolated loader, with
     * proxies for every host interface, as the Spring context does.
     */
    private static Object buildIn(ClassLoader loader, String platform) throws Exception {
        Class<?> hosts = loader.loadClass(ProductHosts.class.getName());
        Class<?> applicationType = loader.loadClass(ApplicationProperties.class.getName());
        Class<?> servicesType = loader.loadClass(HostServices.class.getName());
        Class<?> usersType = loader.loadClass(UserManager.class.getName());
        Class<?> captureType = loader.loadClass(ActivityCapture.class.getName());
        Object application = proxy(loader, applicationType, (p, m, a) -> "getPlatformId".equals(m.getName()) ? platform : null);
        Object services = proxy(loader, servicesType, (p, m, a) -> proxy(loader, (Class<?>) a[0], (q, n, b) -> defaultOf(n)));
        Object users = proxy(loader, usersType, (p, m, a) -> defaultOf(m));
        Method forPlatform = hosts.getMethod("forPlatform", applicationType, servicesType, usersType, Clock.class);
        Object host = forPlatform.invoke(null, application, services, users, Clock.systemUTC());
        Class<?> hostType = loader.loadClass(ProductHost.class.getName());
        hostType.getMethod("directory").invoke(host);
        hostType.getMethod("containers").invoke(host);
        hostType.getMethod("captureListener", captureType)
                .invoke(host, proxy(loader, captureType, (p, m, a) -> defaultOf(m)));
        hostType.getMethod("spaceAdministration").invoke(host);
        hostType.getMethod("hostAuditLog").invoke(host);
        hostType.getMethod("spaceBlueprintListener", loader.loadClass(HostCreatedSpaces.class.getName()))
                .invoke(host, new Object[] {null});
        return host;
    }

    private static Object proxy(ClassLoader loader, Class<?> type, InvocationHandler handler) {
        return Proxy.newProxyInstance(loader, new Class<?>[] {type}, handler);
    }

    private static Object defaultOf(Method method) {
        Class<?> type = method.getReturnType();
        if (type == boolean.class) {
            return false;
        }
        return type.isPrimitive() && type != void.class ? 0 : null;
    }
}
