package com.atlassian.jira.security.groups;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;

/**
 * Compile-only re-declaration (interface, as in Jira) of the group manager.
 *
 * <p>Checked against: docs.atlassian.com jira/server
 * {@code com.atlassian.jira.security.groups.GroupManager} ({@code Collection<String>
 * getGroupNamesForUser(ApplicationUser)}); {@code getUsersInGroup(String)} was cut off in that
 * excerpt and is confirmed only by public Jira scripts in the code index
 * ({@code groupManager.getUsersInGroup('jira-administrators')} returning application users), not
 * for 9.12/10.3 javadoc: see the plugin report.
 */
public interface GroupManager {

    Collection<String> getGroupNamesForUser(ApplicationUser user);

    Collection<ApplicationUser> getUsersInGroup(String groupName);
}
