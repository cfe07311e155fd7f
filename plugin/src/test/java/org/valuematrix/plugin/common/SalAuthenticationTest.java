package org.valuematrix.plugin.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.valuematrix.plugin.SalFixtures.userKey;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import javax.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class SalAuthenticationTest {
    @Mock
    private UserManager users;
    @Mock
    private HttpServletRequest request;
    private SalAuthentication target;

    @BeforeEach
    void setUp() {
        target = new SalAuthentication(users);
    }

    @Test
    void userKey_shouldReturnTheRequestsUserKey() {
        UserKey key = userKey("u-42");
        when(users.getRemoteUserKey(request)).thenReturn(key);

        assertThat(target.userKey(request)).contains("u-42");
    }

    @Test
    void userKey_shouldBeEmptyForAnAnonymousRequest() {
        when(users.getRemoteUserKey(request)).thenReturn(null);

        assertThat(target.userKey(request)).isEmpty();
    }
}
