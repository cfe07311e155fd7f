package org.valuematrix.plugin.jira;

import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.user.UserManager;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.valuematrix.plugin.common.SalDirectory;

/** Jira's users and groups (nested memberships included, as Jira's group manager reports them). */
public class JiraDirectory extends SalDirectory {
    private final com.atlassian.jira.user.util.UserManager users;
    private final GroupManager groups;

    public JiraDirectory(UserManager sal, com.atlassian.jira.user.util.UserManager users, GroupManager groups) {
        super(sal);
        this.users = users;
        this.groups = groups;
    }

    @Override
    public Set<String> groupsOf(String userKey) {
        ApplicationUser user = users.getUserByKey(userKey);
        if (user == null) {
            return Set.of();
        }
        Collection<String> names = groups.getGroupNamesForUser(user);
        return names == null ? Set.of() : Set.copyOf(names);
    }

    @Override
    public Set<String> membersOf(String group) {
        Set<String> keys = new LinkedHashSet<>();
        Collection<ApplicationUser> members = groups.getUsersInGroup(group);
        if (members != null) {
            for (ApplicationUser member : members) {
                keys.add(member.getKey());
            }
        }
        return keys;
    }
}
