package com.atlassian.jira.security;

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
 * project objects this user has the permission for").
 */
public interface PermissionManager {

    Collection<Project> getProjects(ProjectPermissionKey permissionKey, ApplicationUser user);
}
