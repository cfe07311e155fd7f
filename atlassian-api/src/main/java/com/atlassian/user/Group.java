package com.atlassian.user;

/**
 * Compile-only re-declaration (interface, as in atlassian-user) of a group.
 *
 * <p>Checked against: docs.atlassian.com ConfluenceServer javadoc 7.4.6 (bucket)
 * {@code UserAccessor} ({@code com.atlassian.user.Group} parameters and results). In the host
 * {@code getName()} is inherited from {@code com.atlassian.user.Entity}; the JVM resolves an
 * interface call through superinterfaces. The declaration itself is not in the code index; the
 * decompiled Confluence 8.7.2 {@code DefaultUserAccessor} calls {@code getName()} on the groups it
 * removes a user from, and {@code getGroupsAsList()} there is {@code PagerUtils.toList(getGroups())}:
 * every group, loaded at once.
 */
public interface Group {

    String getName();
}
