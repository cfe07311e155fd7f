package com.atlassian.user.search.query;

/**
 * Compile-only re-declaration (interface, as in atlassian-user) of a query on one term.
 *
 * <p>Checked against: the decompiled atlassian-user 3.0 (Confluence 8.7.2)
 * {@code public interface TermQuery<T extends Entity> extends Query<T>} with the constants
 * {@code SUBSTRING_STARTS_WITH = "starts_with"}, {@code SUBSTRING_CONTAINS = "contains"},
 * {@code WILDCARD = "*"}; compile-time constants, inlined into the caller.
 */
public interface TermQuery<T> extends Query<T> {
    String SUBSTRING_STARTS_WITH = "starts_with";
    String SUBSTRING_CONTAINS = "contains";
    String WILDCARD = "*";
}
