package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-only re-declaration (interface, as in Jira) of Jira's user manager.
 *
 * <p>Checked against: docs.atlassian.com jira/latest {@code UserUtil} (points to
 * {@code UserManager} as the replacement); {@code ApplicationUser getUserByKey(String)} is the
 * long-standing lookup by user key, not re-read for 9.12/10.3.
 */
public interface UserManager {

    ApplicationUser getUserByKey(String userKey);
}
