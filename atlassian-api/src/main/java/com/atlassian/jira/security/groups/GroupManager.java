package com.atlassian.jira.security.groups;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;

/**
 * Compile-only re-declaration (interface, as in Jira) of the group manager.
 *
 * <p>Checked against: docs.atlassian.com jira/server
 * {@code com.atlassian.jira.security.groups.GroupManager} ({@code Collection<String>
 * getGroupNamesForUser(ApplicationUser)}); {@code Collection<ApplicationUser> getUsersInGroup(String)}
 * was cut off in the excerpt and is not confirmed for 9.12/10.3: see the plugin report.
 */
public interface GroupManager {

    Collection<String> getGroupNamesForUser(ApplicationUser user);

    Collection<ApplicationUser> getUsersInGroup(String groupName);
}
