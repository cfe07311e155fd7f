package org.valuematrix.plugin.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.user.UserManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

@ExtendWith(MockitoExtension.class)
class OsgiHostServicesTest {
    @Mock
    private BundleContext bundle;

    @Test
    @SuppressWarnings("unchecked")
    void get_shouldReturnTheServicePublishedUnderTheInterfaceName() {
        ServiceReference<UserManager> reference = mock(ServiceReference.class);
        UserManager users = mock(UserManager.class);
        when(bundle.getServiceReference(UserManager.class)).thenReturn(reference);
        when(bundle.getService(reference)).thenReturn(users);

        assertThat(new OsgiHostServices(bundle).get(UserManager.class)).isSameAs(users);
    }

    @Test
    void get_shouldFailClearlyWhenTheHostPublishesNone() {
        when(bundle.getServiceReference(UserManager.class)).thenReturn(null);

        assertThatThrownBy(() -> new OsgiHostServices(bundle).get(UserManager.class))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(UserManager.class.getName());
    }
}
