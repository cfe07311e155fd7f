package com.atlassian.jira.security.roles;

/**
 * Compile-only re-declaration (interface, as in Jira) of one actor of a project role; one member.
 *
 * <p>Checked against: public Jira code in the code index mapping group actors with
 * {@code RoleActor::getParameter} (the group's name, for the type {@code ProjectRoleActor.GROUP_ROLE_ACTOR_TYPE},
 * {@code "atlassian-group-role-actor"}, the name Jira's REST API uses for group actors too).
 */
public interface RoleActor {

    String getParameter();
}
