package com.atlassian.confluence.security;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;

/**
 * Compile-only re-declaration (class, as in Confluence) of a space permission: a type and exactly
 * one subject (a group, a user, anonymous users or all signed-in users) on a space, or globally.
 *
 * <p>Checked against: the decompiled Confluence 8.7.2 {@code com.atlassian.confluence.security.SpacePermission}
 * ({@code public class SpacePermission}, {@code public static final String VIEWSPACE_PERMISSION = "VIEWSPACE"})
 * and ConfluenceServer javadoc 7.4.7 {@code SpacePermission} ({@code public class SpacePermission extends
 * ConfluenceEntityObject implements Serializable}). Customer-facing spaces (checked against the same
 * 8.7.2 class, none of these members {@code @Deprecated} there): {@code BROWSE_USERS_PERMISSION =
 * "VIEWUSERPROFILES"} (its twin {@code VIEW_USER_PROFILES_PERMISSION} is deprecated); the static
 * factories {@code createGroupSpacePermission(String, Space, String)},
 * {@code createUserSpacePermission(String, Space, ConfluenceUser)} (the {@code String userName} variant
 * is deprecated), {@code createAnonymousSpacePermission(String, Space)},
 * {@code createAuthenticatedUsersSpacePermission(String, Space)}; the getters {@code String getType()},
 * {@code String getGroup()}, {@code ConfluenceUser getUserSubject()}, {@code boolean isGroupPermission()},
 * {@code isUserPermission()}, {@code isAnonymousPermission()}, {@code isAuthenticatedUsersPermission()}.
 * Its constructors are all deprecated: permissions are made through the factories. Owner suggestions
 * (the same 8.7.2 class, not deprecated): {@code @Nullable Space getSpace()} (null for a global permission).
 */
public class SpacePermission {
    public static final String VIEWSPACE_PERMISSION = "VIEWSPACE";
    public static final String BROWSE_USERS_PERMISSION = "VIEWUSERPROFILES";

    private SpacePermission() {
        throw new UnsupportedOperationException("compile-only");
    }

    public static SpacePermission createGroupSpacePermission(String type, Space space, String group) {
        throw new UnsupportedOperationException("compile-only");
    }

    public static SpacePermission createUserSpacePermission(String type, Space space, ConfluenceUser subject) {
        throw new UnsupportedOperationException("compile-only");
    }

    public static SpacePermission createAnonymousSpacePermission(String type, Space space) {
        throw new UnsupportedOperationException("compile-only");
    }

    public static SpacePermission createAuthenticatedUsersSpacePermission(String type, Space space) {
        throw new UnsupportedOperationException("compile-only");
    }

    public Space getSpace() {
        throw new UnsupportedOperationException("compile-only");
    }

    public String getType() {
        throw new UnsupportedOperationException("compile-only");
    }

    public String getGroup() {
        throw new UnsupportedOperationException("compile-only");
    }

    public ConfluenceUser getUserSubject() {
        throw new UnsupportedOperationException("compile-only");
    }

    public boolean isGroupPermission() {
        throw new UnsupportedOperationException("compile-only");
    }

    public boolean isUserPermission() {
        throw new UnsupportedOperationException("compile-only");
    }

    public boolean isAnonymousPermission() {
        throw new UnsupportedOperationException("compile-only");
    }

    public boolean isAuthenticatedUsersPermission() {
        throw new UnsupportedOperationException("compile-only");
    }
}
