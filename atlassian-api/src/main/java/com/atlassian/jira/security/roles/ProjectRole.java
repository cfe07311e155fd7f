package com.atlassian.jira.security.roles;

/**
 * Compile-only re-declaration (interface, as in Jira) of a project role; only passed through.
 *
 * <p>Checked against: the parameter type of {@code ProjectRoleManager#getProjectRoleActors(ProjectRole,
 * Project)} (Jira 6.2.1 and 8.22.4 javadoc).
 */
public interface ProjectRole {
}
