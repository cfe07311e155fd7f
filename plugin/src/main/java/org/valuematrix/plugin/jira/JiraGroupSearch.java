package org.valuematrix.plugin.jira;

import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.jira.bc.group.search.GroupPickerSearchService;
import com.atlassian.jira.security.groups.GroupManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.valuematrix.spi.GroupSearch;

/**
 * Jira's groups through the service behind its own group picker; members (nested included, as the
 * group manager reports them) are counted only for the groups answered.
 */
public class JiraGroupSearch implements GroupSearch {
    private final GroupPickerSearchService picker;
    private final GroupManager groups;

    public JiraGroupSearch(GroupPickerSearchService picker, GroupManager groups) {
        this.picker = picker;
        this.groups = groups;
    }

    @Override
    public List<Match> search(String query, int limit) {
        List<Group> found = picker.findGroups(query);
        List<String> names = new ArrayList<>();
        for (Group g : found == null ? List.<Group>of() : found) {
            if (g != null && g.getName() != null) {
                names.add(g.getName());
            }
        }
        List<Match> out = new ArrayList<>();
        // The picker matches by its own rule (words, prefixes); the port's contract is "contains".
        for (String name : GroupSearch.firstMatches(names, query, limit)) {
            Collection<?> members = groups.getUsersInGroup(name);
            out.add(new Match(name, members == null ? 0 : members.size()));
        }
        return out;
    }
}
