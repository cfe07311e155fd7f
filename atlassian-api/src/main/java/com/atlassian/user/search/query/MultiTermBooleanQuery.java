package com.atlassian.user.search.query;

/**
 * Compile-only re-declaration (class, as in atlassian-user) of queries combined with and/or.
 *
 * <p>Checked against: the decompiled atlassian-user 3.0 (Confluence 8.7.2)
 * {@code public class MultiTermBooleanQuery<T extends Entity> extends AbstractBooleanQuery<T>}
 * ({@code public static <T extends Entity> Query<T> anyOf(Query<T>... queries)}, not deprecated;
 * Confluence's own {@code AtlassianUserQueryHelper} combines user name queries with it).
 */
public class MultiTermBooleanQuery<T> implements Query<T> {
    @SafeVarargs
    public static <T> Query<T> anyOf(Query<T>... queries) {
        throw new UnsupportedOperationException("compile-only");
    }
}
