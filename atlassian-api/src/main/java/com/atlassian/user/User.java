package com.atlassian.user;

/**
 * Compile-only re-declaration (interface, as in atlassian-user, used by Confluence) of a user.
 *
 * <p>Checked against: docs.atlassian.com atlassian-confluence 5.7.4 {@code ConfluenceUser}
 * ("Methods inherited from interface com.atlassian.user.User: getEmail, getFullName"; from
 * {@code com.atlassian.user.Entity}: {@code getName}).
 */
public interface User {

    String getName();

    String getFullName();
}
