package com.atlassian.user.search.query;

/**
 * Compile-only re-declaration (interface, as in atlassian-user) of a directory query. The host's
 * type bound ({@code T extends Entity}) is left out: the interface has no members, so it changes
 * no call.
 *
 * <p>Checked against: the decompiled atlassian-user 3.0 (Confluence 8.7.2)
 * {@code public interface Query<T extends Entity>}.
 */
public interface Query<T> {
}
