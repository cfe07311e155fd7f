package com.atlassian.user;

/**
 * Compile-only re-declaration (interface, as in atlassian-user) of a group; no member is used,
 * it is only passed back to {@code UserAccessor}.
 *
 * <p>Checked against: docs.atlassian.com ConfluenceServer javadoc 7.4.6 (bucket)
 * {@code UserAccessor} ({@code com.atlassian.user.Group} parameters and results).
 */
public interface Group {
}
