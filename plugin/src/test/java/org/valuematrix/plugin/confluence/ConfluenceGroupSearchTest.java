package org.valuematrix.plugin.confluence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.user.Group;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.valuematrix.spi.GroupSearch.Match;

@ExtendWith(MockitoExtension.class)
class ConfluenceGroupSearchTest {
    @Mock
    private UserAccessor accessor;
    private ConfluenceGroupSearch target;

    @BeforeEach
    void setUp() {
        target = new ConfluenceGroupSearch(accessor);
    }

    @Test
    void search_shouldAnswerGroupsContainingTheQueryInNameOrderWithMemberCountsUpToTheLimit() {
        Group users = group("confluence-users");
        Group support = group("Support");
        Group customerSupport = group("customer-support");
        Group engineering = group("engineering");
        when(accessor.getGroupsAsList()).thenReturn(List.of(users, support, customerSupport, engineering));
        when(accessor.getMemberNamesAsList(customerSupport)).thenReturn(List.of("carol"));
        when(accessor.getMemberNamesAsList(support)).thenReturn(List.of("alice", "bob"));

        List<Match> found = target.search("SUPP", 5);

        assertThat(found).containsExactly(new Match("customer-support", 1), new Match("Support", 2));
        verify(accessor, never()).getMemberNamesAsList(users);
    }

    @Test
    void search_shouldCountMembersOnlyForTheGroupsWithinTheLimit() {
        Group a = group("a-team");
        Group b = group("b-team");
        when(accessor.getGroupsAsList()).thenReturn(List.of(b, a));
        when(accessor.getMemberNamesAsList(a)).thenReturn(null);

        assertThat(target.search("", 1)).containsExactly(new Match("a-team", 0));
        verify(accessor, never()).getMemberNamesAsList(b);
    }

    @Test
    void search_whenConfluenceHasNoGroups_shouldAnswerNone() {
        when(accessor.getGroupsAsList()).thenReturn(null);

        assertThat(target.search("x", 10)).isEmpty();
        verify(accessor, never()).getMemberNamesAsList(any());
    }

    private static Group group(String name) {
        Group g = mock(Group.class);
        when(g.getName()).thenReturn(name);
        return g;
    }
}
