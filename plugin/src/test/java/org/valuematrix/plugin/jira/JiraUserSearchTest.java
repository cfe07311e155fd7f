package org.valuematrix.plugin.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.user.search.UserSearchParams;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.user.ApplicationUser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.MockedConstruction;
import org.mockito.junit.jupiter.MockitoExtension;
import org.valuematrix.spi.Account;

@ExtendWith(MockitoExtension.class)
class JiraUserSearchTest {
    @Mock
    private UserSearchService search;

    @Test
    void find_shouldAskForActiveUsersOnly_neverEveryoneForAnEmptyQuery_andKeepToTheLimit() {
        // UserSearchParams is re-declared (its constructor throws): record what the adapter asks for.
        try (MockedConstruction<UserSearchParams> params = mockConstruction(UserSearchParams.class)) {
            List<ApplicationUser> users = List.of(user("k1", "sam", "Sam Okoro", true), user("k2", "sami", "Sami Ng", false),
                    user("k3", "samuel", "Samuel Ode", true), user("k4", "samira", "Samira Li", true));
            when(search.findUsers(eq("sam"), any(UserSearchParams.class))).thenReturn(users);

            List<Account> found = new JiraUserSearch(search).find("sam", 2);

            assertThat(found).containsExactly(new Account("k1", "sam", "Sam Okoro"),
                    new Account("k3", "samuel", "Samuel Ode"));
            assertThat(params.constructed()).hasSize(1);
        }
    }

    private static ApplicationUser user(String key, String username, String displayName, boolean active) {
        ApplicationUser u = mock(ApplicationUser.class);
        // The limit stops before the last user: not every answer is read.
        org.mockito.Mockito.lenient().when(u.getKey()).thenReturn(key);
        org.mockito.Mockito.lenient().when(u.getUsername()).thenReturn(username);
        org.mockito.Mockito.lenient().when(u.getDisplayName()).thenReturn(displayName);
        org.mockito.Mockito.lenient().when(u.isActive()).thenReturn(active);
        return u;
    }
}
