package com.atlassian.jira.bc.user.search;

import com.atlassian.jira.user.ApplicationUser;
import java.util.List;

/**
 * Compile-only re-declaration (interface, as in Jira; {@code @PublicApi}) of Jira's user search,
 * the one its user pickers use. Only the member Value Matrix calls.
 *
 * <p>Checked against: docs.atlassian.com jira 7.0.4 and jira/latest javadoc of
 * {@code UserSearchService} and {@code DefaultUserPickerSearchService} ({@code List<ApplicationUser>
 * findUsers(String query, UserSearchParams userSearchParams)}: users whose name, display name or
 * e-mail address starts with the query).
 */
public interface UserSearchService {

    List<ApplicationUser> findUsers(String query, UserSearchParams userSearchParams);
}
