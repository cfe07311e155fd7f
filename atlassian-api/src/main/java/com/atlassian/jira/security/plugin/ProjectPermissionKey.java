package com.atlassian.jira.security.plugin;

/**
 * Compile-only re-declaration (final class, as in Jira) of a project permission key; only passed
 * through.
 *
 * <p>Checked against: the parameter type {@code ProjectPermissionKey} of jira/latest
 * {@code PermissionManager#getProjects(ProjectPermissionKey, ApplicationUser)}; its package
 * {@code com.atlassian.jira.security.plugin} and kind (final class) as in Jira 7+.
 */
public final class ProjectPermissionKey {

    private ProjectPermissionKey() {
        throw new UnsupportedOperationException("compile-only");
    }
}
