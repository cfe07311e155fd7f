package org.valuematrix.plugin.confluence;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.user.Group;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.valuematrix.plugin.common.SalDirectory;

/** Confluence's users and groups. Group membership is by user name in Confluence: keys are mapped. */
public class ConfluenceDirectory extends SalDirectory {
    private final UserAccessor accessor;

    public ConfluenceDirectory(UserManager users, UserAccessor accessor) {
        super(users);
        this.accessor = accessor;
    }

    @Override
    public Set<String> groupsOf(String userKey) {
        ConfluenceUser user = accessor.getUserByKey(new UserKey(userKey));
        if (user == null) {
            return Set.of();
        }
        List<String> names = accessor.getGroupNamesForUserName(user.getName());
        return names == null ? Set.of() : Set.copyOf(names);
    }

    @Override
    public Set<String> membersOf(String group) {
        Group g = accessor.getGroup(group);
        if (g == null) {
            return Set.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        List<String> names = accessor.getMemberNamesAsList(g);
        for (String name : names == null ? List.<String>of() : names) {
            ConfluenceUser member = accessor.getUserByName(name);
            if (member != null && member.getKey() != null) {
                keys.add(member.getKey().getStringValue());
            }
        }
        return keys;
    }
}
