package com.atlassian.user;

/**
 * Compile-only re-declaration (interface, as in atlassian-user) of a group.
 *
 * <p>Checked against: docs.atlassian.com ConfluenceServer javadoc 7.4.6 (bucket)
 * {@code UserAccessor} ({@code com.atlassian.user.Group} parameters and results). In the host
 * {@code getName()} is inherited from {@code com.atlassian.user.Entity}; the JVM resolves an
 * interface call through superinterfaces. Not found in the code index as a declaration: see the
 * plugin report.
 */
public interface Group {

    String getName();
}
