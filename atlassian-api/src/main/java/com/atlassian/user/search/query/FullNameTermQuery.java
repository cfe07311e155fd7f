package com.atlassian.user.search.query;

import com.atlassian.user.User;

/**
 * Compile-only re-declaration (class, as in atlassian-user) of a query on a user's full (display) name.
 *
 * <p>Checked against: the decompiled atlassian-user 3.0 (Confluence 8.7.2)
 * {@code public class FullNameTermQuery extends AbstractSingleTermQuery<User> implements UserQuery}
 * ({@code FullNameTermQuery(String term, String matchingRule)}, the rule one of {@link TermQuery}'s constants).
 */
public class FullNameTermQuery implements TermQuery<User> {
    public FullNameTermQuery(String term, String matchingRule) {
        throw new UnsupportedOperationException("compile-only");
    }
}
