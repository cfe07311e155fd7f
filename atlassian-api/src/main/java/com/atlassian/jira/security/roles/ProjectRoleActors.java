package com.atlassian.jira.security.roles;

/**
 * Compile-only re-declaration (interface, as in Jira) of a project role's actors in one project.
 *
 * <p>Checked against: the return type of {@code ProjectRoleManager#getProjectRoleActors} (Jira 8.22.4
 * javadoc) and public Jira code calling {@code getRoleActorsByType} on it, which it inherits from
 * {@link DefaultRoleActors}.
 */
public interface ProjectRoleActors extends DefaultRoleActors {
}
