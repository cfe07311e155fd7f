package com.atlassian.sal.api.user;

/**
 * Compile-only re-declaration (interface, as in SAL) of a user's profile; only the display name
 * is read.
 *
 * <p>Checked against: the {@code getUserProfile(UserKey)} return type in ConfluenceServer
 * javadoc 7.18.3 {@code SetupUserManager}; the member {@code getFullName()} is from SAL's API as
 * known, not re-read in a javadoc page during this work.
 */
public interface UserProfile {

    String getFullName();
}
