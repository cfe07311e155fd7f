package com.atlassian.jira.user;

/**
 * Compile-only re-declaration (interface, as in Jira) of a Jira user.
 *
 * <p>Checked against: the {@code com.atlassian.jira.user.ApplicationUser} types in jira/server
 * {@code PermissionManager}, {@code GroupManager} and {@code IssueEvent}; {@code String getKey()}
 * and {@code getDisplayName()} are the long-standing members, not re-read for 9.12/10.3;
 * {@code String getUsername()} and {@code boolean isActive()} against the jira/server javadoc of
 * {@code ApplicationUser} (both since 6.0), as {@code UserSearchService} answers them.
 */
public interface ApplicationUser {

    String getKey();

    String getDisplayName();

    String getUsername();

    boolean isActive();
}
