package com.atlassian.jira.security.roles;

import com.atlassian.jira.project.Project;

/**
 * Compile-only re-declaration (interface, as in Jira) of the project role manager; two members.
 *
 * <p>Checked against: the Jira 8.22.4 javadoc of {@code DefaultProjectRoleManager implements
 * ProjectRoleManager} ({@code ProjectRole getProjectRole(Long id)} "Retrieves a project role
 * object", {@code ProjectRoleActors getProjectRoleActors(Project…)}) and the Jira 6.2.1
 * {@code ProjectRoleManager} page; public Jira code in the code index calling
 * {@code projectRoleManager.getProjectRoleActors(role, project).getRoleActorsByType(…)}. Neither
 * is deprecated there.
 */
public interface ProjectRoleManager {

    ProjectRole getProjectRole(Long id);

    ProjectRoleActors getProjectRoleActors(ProjectRole projectRole, Project project);
}
