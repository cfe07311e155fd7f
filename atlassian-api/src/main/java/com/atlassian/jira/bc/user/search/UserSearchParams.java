package com.atlassian.jira.bc.user.search;

/**
 * Compile-only re-declaration (class, as in Jira) of the options of a user search.
 *
 * <p>Checked against: docs.atlassian.com jira/server javadoc of {@code UserSearchParams}
 * (constructor {@code UserSearchParams(boolean allowEmptyQuery, boolean includeActive, boolean
 * includeInactive)}).
 */
public class UserSearchParams {

    public UserSearchParams(boolean allowEmptyQuery, boolean includeActive, boolean includeInactive) {
        throw new UnsupportedOperationException("compile-only");
    }
}
