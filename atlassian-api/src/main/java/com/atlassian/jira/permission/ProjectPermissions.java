package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

/**
 * Compile-only re-declaration (final class, as in Jira) of the system project permission keys.
 * The value is a placeholder: the field is not a compile-time constant, so the plugin reads the
 * host's {@code BROWSE_PROJECTS} at run time.
 *
 * <p>Checked against: the project's host notes ({@code ProjectPermissions.BROWSE_PROJECTS}); its
 * package in public Jira plugins of the code index (Atlassian's Slack integration for Jira imports
 * {@code com.atlassian.jira.permission.ProjectPermissions}); and
 * jira/latest {@code PermissionManager#getProjects(ProjectPermissionKey, ...)}.
 */
public final class ProjectPermissions {
    public static final ProjectPermissionKey BROWSE_PROJECTS = null;

    private ProjectPermissions() {
    }
}
