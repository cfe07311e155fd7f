package com.atlassian.jira.security.roles;

import java.util.Set;

/**
 * Compile-only re-declaration (interface, as in Jira) of a role's actors; one member.
 *
 * <p>Checked against: Jira's {@code public interface DefaultRoleActors} in the code index
 * ({@code Set<RoleActor> getRoleActorsByType(String type)}).
 */
public interface DefaultRoleActors {

    Set<RoleActor> getRoleActorsByType(String type);
}
