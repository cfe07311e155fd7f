package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;

/**
 * Compile-only re-declaration (interface, as in Jira) of the permission manager; one member.
 *
 * <p>Checked against: docs.atlassian.com jira/latest
 * {@code com.atlassian.jira.security.PermissionManager} ({@code Collection<Project>
 * getProjects(ProjectPermissionKey permissionKey, ApplicationUser user)}: "Retrieve a list of
 * project objects this user has the permission for"). {@code boolean hasPermission(ProjectPermissionKey,
 * Issue, ApplicationUser)}: the same javadoc's issue check ("permissions scheme(s) and issue level
 * security scheme(s) if the entity is an issue"), called as {@code hasPermission(ProjectPermissions.BROWSE_PROJECTS,
 * issue, user)} by public Jira plugins in the code index; whether 9.12/10.3 deprecate it is not re-read.
 */
public interface PermissionManager {

    Collection<Project> getProjects(ProjectPermissionKey permissionKey, ApplicationUser user);

    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);
}
