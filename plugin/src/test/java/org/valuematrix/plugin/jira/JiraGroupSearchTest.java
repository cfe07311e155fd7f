package org.valuematrix.plugin.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.valuematrix.plugin.jira.JiraFixtures.user;

import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.jira.bc.group.search.GroupPickerSearchService;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.valuematrix.spi.GroupSearch.Match;

@ExtendWith(MockitoExtension.class)
class JiraGroupSearchTest {
    @Mock
    private GroupPickerSearchService picker;
    @Mock
    private GroupManager groups;
    private JiraGroupSearch target;

    @BeforeEach
    void setUp() {
        target = new JiraGroupSearch(picker, groups);
    }

    @Test
    void search_shouldAnswerThePickersGroupsThatContainTheQueryWithTheirMemberCounts() {
        List<Group> found = List.of(group("support"), group("Customer-Support"), group("tech-support-leads"), group("jira-users"));
        when(picker.findGroups("sup")).thenReturn(found);
        List<ApplicationUser> support = List.of(user("alice"), user("bob"));
        List<ApplicationUser> customerSupport = List.of(user("carol"));
        when(groups.getUsersInGroup("support")).thenReturn(support);
        when(groups.getUsersInGroup("Customer-Support")).thenReturn(customerSupport);

        List<Match> matches = target.search("sup", 2);

        assertThat(matches).containsExactly(new Match("Customer-Support", 1), new Match("support", 2));
        verify(groups, never()).getUsersInGroup("tech-support-leads");
        verify(groups, never()).getUsersInGroup("jira-users");
    }

    @Test
    void search_whenThePickerFindsNothing_shouldAnswerNoGroups() {
        when(picker.findGroups("zzz")).thenReturn(null);

        assertThat(target.search("zzz", 10)).isEmpty();
        verify(groups, never()).getUsersInGroup(anyString());
    }

    private static Group group(String name) {
        Group g = mock(Group.class);
        when(g.getName()).thenReturn(name);
        return g;
    }
}
