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
 * security scheme(s) if the entity is an issue"; a null user is anonymous), not deprecated.
 */
public interface PermissionManager {

    Collection<Project> getProjects(ProjectPermissionKey permissionKey, ApplicationUser user);

    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);
}
