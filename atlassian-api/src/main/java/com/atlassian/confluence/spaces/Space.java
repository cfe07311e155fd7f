package com.atlassian.confluence.spaces;

/**
 * Compile-only re-declaration (class, as in Confluence) of a space entity, as content events carry it.
 *
 * <p>Checked against: the decompiled Confluence 8.7.2 {@code com.atlassian.confluence.spaces.Space}
 * ({@code public class Space}; {@code String getKey()}), the type {@code SpaceContentEntityObject#getSpace()}
 * returns there. Customer-facing spaces (the same class, neither {@code @Deprecated}):
 * {@code Page getHomePage()}, {@code List<SpacePermission> getPermissions()} (every permission row of the
 * space, the stored instances {@code SpacePermissionManager.removePermission} takes).
 */
public class Space {

    public String getName() {
        throw new UnsupportedOperationException("compile-only");
    }

    public com.atlassian.confluence.pages.Page getHomePage() {
        throw new UnsupportedOperationException("compile-only");
    }

    public java.util.List<com.atlassian.confluence.security.SpacePermission> getPermissions() {
        throw new UnsupportedOperationException("compile-only");
    }

    public String getKey() {
        throw new UnsupportedOperationException("compile-only");
    }
}
