package com.atlassian.sal.api.user;

/**
 * Compile-only re-declaration (interface, as in SAL) of a user's profile; only the display name
 * is read.
 *
 * <p>Checked against: the {@code getUserProfile(UserKey)} return type in ConfluenceServer
 * javadoc 7.18.3 {@code SetupUserManager}; {@code String getFullName()} against ConfluenceServer
 * javadoc 8.0.0-m90 {@code com.atlassian.sal.confluence.user.ConfluenceUserProfile} ("getFullName
 * in interface com.atlassian.sal.api.user.UserProfile").
 */
public interface UserProfile {

    /** Checked, with {@link #getUsername()}, against SAL 5.1.4's interface in the decompiled Confluence 8.7.2. */
    UserKey getUserKey();

    String getUsername();


    String getFullName();
}
