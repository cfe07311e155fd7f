package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;

/**
 * Compile-only re-declaration (interface, as in Confluence) of a Confluence user.
 *
 * <p>Checked against: docs.atlassian.com ConfluenceServer javadoc 7.11.1
 * {@code com.atlassian.confluence.user.ConfluenceUser} ({@code extends com.atlassian.user.User,
 * RelatableEntity}; {@code com.atlassian.sal.api.user.UserKey getKey()}).
 */
public interface ConfluenceUser extends User {

    UserKey getKey();
}
