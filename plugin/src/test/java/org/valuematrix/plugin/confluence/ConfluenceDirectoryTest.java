package org.valuematrix.plugin.confluence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.valuematrix.plugin.SalFixtures.keyOf;
import static org.valuematrix.plugin.confluence.ConfluenceFixtures.user;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.user.Group;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.MockedConstruction;
import org.mockito.junit.jupiter.MockitoExtension;
import org.valuematrix.plugin.SalFixtures;
import org.valuematrix.spi.Person;

@ExtendWith(MockitoExtension.class)
class ConfluenceDirectoryTest {
    @Mock
    private UserManager sal;
    @Mock
    private UserAccessor accessor;
    private MockedConstruction<UserKey> keys;
    private ConfluenceDirectory target;

    @BeforeEach
    void setUp() {
        keys = SalFixtures.userKeys();
        target = new ConfluenceDirectory(sal, accessor);
    }

    @AfterEach
    void tearDown() {
        keys.close();
    }

    @Test
    void person_shouldResolveTheDisplayNameThroughSal() {
        UserProfile profile = mock(UserProfile.class);
        when(profile.getFullName()).thenReturn("Alice Liddell");
        when(sal.getUserProfile(keyOf("alice"))).thenReturn(profile);

        assertThat(target.person("alice")).contains(new Person("alice", "Alice Liddell"));
        assertThat(target.person("deleted")).isEmpty();
    }

    @Test
    void isAdmin_shouldAcceptAdministratorsAndSystemAdministratorsOnly() {
        when(sal.isAdmin(keyOf("admin"))).thenReturn(true);
        when(sal.isSystemAdmin(keyOf("root"))).thenReturn(true);

        assertThat(target.isAdmin("admin")).isTrue();
        assertThat(target.isAdmin("root")).isTrue();
        assertThat(target.isAdmin("bob")).isFalse();
        assertThat(target.isAdmin(null)).isFalse();
    }

    @Test
    void groupsOf_shouldListTheGroupsOfTheUserBehindTheKey() {
        ConfluenceUser bob = user("bob");
        when(accessor.getUserByKey(keyOf("bob"))).thenReturn(bob);
        when(accessor.getGroupNamesForUserName("name-of-bob")).thenReturn(List.of("engineering", "confluence-users"));

        assertThat(target.groupsOf("bob")).containsExactlyInAnyOrder("engineering", "confluence-users");
        assertThat(target.groupsOf("ghost")).isEmpty();
    }

    @Test
    void membersOf_shouldMapMemberNamesToUserKeys() {
        Group group = mock(Group.class);
        ConfluenceUser alice = user("alice");
        ConfluenceUser bob = user("bob");
        when(accessor.getGroup("engineering")).thenReturn(group);
        when(accessor.getMemberNamesAsList(group)).thenReturn(List.of("name-of-alice", "name-of-bob", "vanished"));
        when(accessor.getUserByName("name-of-alice")).thenReturn(alice);
        when(accessor.getUserByName("name-of-bob")).thenReturn(bob);

        assertThat(target.membersOf("engineering")).containsExactly("alice", "bob");
        assertThat(target.membersOf("no-such-group")).isEmpty();
    }
}
