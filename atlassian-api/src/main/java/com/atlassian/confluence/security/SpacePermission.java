package com.atlassian.confluence.security;

/**
 * Compile-only re-declaration (class, as in Confluence) of a space permission; only the
 * view-space type name, a compile-time constant that the compiler copies into the caller.
 *
 * <p>Checked against: the decompiled Confluence 8.7.2 {@code com.atlassian.confluence.security.SpacePermission}
 * ({@code public class SpacePermission}, {@code public static final String VIEWSPACE_PERMISSION = "VIEWSPACE"})
 * and ConfluenceServer javadoc 7.4.7 {@code SpacePermission} ({@code public class SpacePermission extends
 * ConfluenceEntityObject implements Serializable}).
 */
public class SpacePermission {
    public static final String VIEWSPACE_PERMISSION = "VIEWSPACE";

    private SpacePermission() {
        throw new UnsupportedOperationException("compile-only");
    }
}
