package com.atlassian.sal.api.user;

import javax.servlet.http.HttpServletRequest;

/**
 * Compile-only re-declaration (interface, as in SAL) of SAL's user manager. Only the members
 * Value Matrix calls.
 *
 * <p>Checked against: docs.atlassian.com ConfluenceServer javadoc 7.18.3,
 * {@code com.atlassian.sal.confluence.user.SetupUserManager} (implements this interface; lists
 * {@code getRemoteUserKey()}, {@code getRemoteUserKey(HttpServletRequest)},
 * {@code getUserProfile(UserKey)}, {@code isAdmin(UserKey)}, {@code isSystemAdmin(UserKey)}), and
 * atlassian-bamboo 7.2.4 {@code BambooSalUserManager} (same members).
 */
public interface UserManager {

    /** @return the key of the user of the current request, or null when anonymous */
    UserKey getRemoteUserKey();

    /** @return the key of the request's user, or null when anonymous */
    UserKey getRemoteUserKey(HttpServletRequest request);

    /** @return the profile, or null for an unknown key */
    UserProfile getUserProfile(UserKey userKey);

    /** By user name; checked against SAL 5.1.4's interface in the decompiled Confluence 8.7.2 (not deprecated). */
    UserProfile getUserProfile(String username);

    boolean isAdmin(UserKey userKey);

    boolean isSystemAdmin(UserKey userKey);
}
