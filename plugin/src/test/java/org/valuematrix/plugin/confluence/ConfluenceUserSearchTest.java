package org.valuematrix.plugin.confluence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.crowd.embedded.api.CrowdService;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.EntityException;
import com.atlassian.user.search.query.FullNameTermQuery;
import com.atlassian.user.search.query.MultiTermBooleanQuery;
import com.atlassian.user.search.query.Query;
import com.atlassian.user.search.query.UserNameTermQuery;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.MockedConstruction;
import org.mockito.MockedStatic;
import org.mockito.junit.jupiter.MockitoExtension;
import org.valuematrix.spi.Account;

@ExtendWith(MockitoExtension.class)
class ConfluenceUserSearchTest {
    @Mock
    private UserAccessor users;
    @Mock
    private CrowdService crowd;
    private ConfluenceUserSearch target;

    // The query classes are compile-only re-declarations (their constructors throw): record what is built.
    private final List<List<?>> byName = new ArrayList<>();
    private final List<List<?>> byFullName = new ArrayList<>();
    private MockedConstruction<UserNameTermQuery> names;
    private MockedConstruction<FullNameTermQuery> fullNames;
    private MockedStatic<MultiTermBooleanQuery> anyOf;
    private final Query<com.atlassian.user.User> combined = mock(Query.class);

    @BeforeEach
    void setUp() {
        names = mockConstruction(UserNameTermQuery.class, (q, c) -> byName.add(c.arguments()));
        fullNames = mockConstruction(FullNameTermQuery.class, (q, c) -> byFullName.add(c.arguments()));
        anyOf = mockStatic(MultiTermBooleanQuery.class);
        anyOf.when(() -> MultiTermBooleanQuery.anyOf(any(), any())).thenReturn(combined);
        target = new ConfluenceUserSearch(users, crowd);
    }

    @AfterEach
    void tearDown() {
        anyOf.close();
        fullNames.close();
        names.close();
    }

    @Test
    void find_shouldMatchTheStartOfUserNamesAndAnyPartOfDisplayNames_activeOnly_withinTheLimit() throws Exception {
        List<com.atlassian.user.User> found = List.of(user("k1", "sokoro", "Sam Okoro", true),
                user("k2", "okon", "Ada Okon", false), user("k3", "bokoye", "Ben Okoye", true),
                user("k4", "okafor", "Obi Okafor", true));
        when(users.findUsersAsList(combined)).thenReturn(found);

        List<Account> accounts = target.find("oko", 2);

        assertThat(accounts).containsExactly(new Account("k1", "sokoro", "Sam Okoro"),
                new Account("k3", "bokoye", "Ben Okoye"));
        assertThat(byName).containsExactly(List.of("oko", "starts_with"));
        assertThat(byFullName).containsExactly(List.of("oko", "contains"));
    }

    @Test
    void find_shouldPassQuotesAsTypedAndDropTheWildcard() throws Exception {
        when(users.findUsersAsList(combined)).thenReturn(List.of());

        target.find("o'brien \"sam\"*", 5);

        assertThat(byName).containsExactly(List.of("o'brien \"sam\"", "starts_with"));
        assertThat(byFullName).containsExactly(List.of("o'brien \"sam\"", "contains"));
    }

    @Test
    void find_shouldNeverListEveryoneForAWildcard() throws Exception {
        assertThat(target.find(" * ", 5)).isEmpty();
        verify(users, never()).findUsersAsList(any());
    }

    @Test
    void find_shouldAnswerNoneWhenTheDirectoriesFail() throws Exception {
        when(users.findUsersAsList(combined)).thenThrow(new EntityException());

        assertThat(target.find("sam", 5)).isEmpty();
    }

    private com.atlassian.user.User user(String key, String name, String fullName, boolean active) {
        ConfluenceUser u = mock(ConfluenceUser.class);
        UserKey userKey = mock(UserKey.class);
        lenient().when(userKey.getStringValue()).thenReturn(key);
        lenient().when(u.getKey()).thenReturn(userKey);
        lenient().when(u.getName()).thenReturn(name);
        lenient().when(u.getFullName()).thenReturn(fullName);
        com.atlassian.crowd.embedded.api.User directoryUser = mock(com.atlassian.crowd.embedded.api.User.class);
        lenient().when(directoryUser.isActive()).thenReturn(active);
        lenient().when(crowd.getUser(name)).thenReturn(directoryUser);
        return u;
    }
}
