package org.valuematrix.plugin.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.valuematrix.plugin.SalFixtures.keyOf;
import static org.valuematrix.plugin.jira.JiraFixtures.user;

import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.user.UserKey;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.MockedConstruction;
import org.mockito.junit.jupiter.MockitoExtension;
import org.valuematrix.plugin.SalFixtures;

@ExtendWith(MockitoExtension.class)
class JiraDirectoryTest {
    @Mock
    private com.atlassian.sal.api.user.UserManager sal;
    @Mock
    private UserManager users;
    @Mock
    private GroupManager groups;
    private JiraDirectory target;

    @BeforeEach
    void setUp() {
        target = new JiraDirectory(sal, users, groups);
    }

    @Test
    void groupsOf_shouldListTheGroupsOfTheUserBehindTheKey() {
        ApplicationUser bob = user("bob");
        when(users.getUserByKey("bob")).thenReturn(bob);
        when(groups.getGroupNamesForUser(bob)).thenReturn(List.of("jira-software-users", "support"));

        assertThat(target.groupsOf("bob")).containsExactlyInAnyOrder("jira-software-users", "support");
        assertThat(target.groupsOf("ghost")).isEmpty();
    }

    @Test
    void membersOf_shouldReturnTheMembersUserKeys() {
        ApplicationUser alice = user("alice");
        ApplicationUser bob = user("bob");
        when(groups.getUsersInGroup("support")).thenReturn(List.of(alice, bob));

        assertThat(target.membersOf("support")).containsExactly("alice", "bob");
        assertThat(target.membersOf("empty")).isEmpty();
    }

    @Test
    void isAdmin_shouldAskSalAboutAdministrators() {
        try (MockedConstruction<UserKey> keys = SalFixtures.userKeys()) {
            when(sal.isAdmin(keyOf("jira-admin"))).thenReturn(true);

            assertThat(target.isAdmin("jira-admin")).isTrue();
            assertThat(target.isAdmin("bob")).isFalse();
        }
    }
}
