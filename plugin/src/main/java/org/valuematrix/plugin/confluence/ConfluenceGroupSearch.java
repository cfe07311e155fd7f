package org.valuematrix.plugin.confluence;

import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.user.Group;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.valuematrix.spi.GroupSearch;

/**
 * Confluence's groups. The user accessor has no name search, so the names are filtered here; members
 * are counted only for the groups answered.
 */
public class ConfluenceGroupSearch implements GroupSearch {
    private final UserAccessor accessor;

    public ConfluenceGroupSearch(UserAccessor accessor) {
        this.accessor = accessor;
    }

    @Override
    public List<Match> search(String query, int limit) {
        List<Group> groups = accessor.getGroupsAsList();
        Map<String, Group> byName = new HashMap<>();
        for (Group g : groups == null ? List.<Group>of() : groups) {
            if (g != null && g.getName() != null) {
                byName.put(g.getName(), g);
            }
        }
        List<Match> out = new ArrayList<>();
        for (String name : GroupSearch.firstMatches(byName.keySet(), query, limit)) {
            List<String> members = accessor.getMemberNamesAsList(byName.get(name));
            out.add(new Match(name, members == null ? 0 : members.size()));
        }
        return out;
    }
}
