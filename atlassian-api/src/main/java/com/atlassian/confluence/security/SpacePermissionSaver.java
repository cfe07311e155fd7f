package com.atlassian.confluence.security;

/**
 * Compile-only re-declaration (interface, as in Confluence) of the space permission saver, the
 * superinterface of {@link SpacePermissionManager}.
 *
 * <p>Checked against: the decompiled Confluence 8.7.2 {@code com.atlassian.confluence.security.SpacePermissionSaver}
 * ({@code public interface SpacePermissionSaver}, {@code @Deprecated void savePermission(SpacePermission)}).
 * Deprecated since 5.9 for an internal saver, yet still in the ConfluenceServer javadoc 10.1 and the
 * only public way to add one space permission before {@code SpacePermissionService} (9.1+): see
 * {@code DeprecatedHostApiTest} for the one class allowed to call it.
 */
public interface SpacePermissionSaver {

    @Deprecated
    void savePermission(SpacePermission permission);
}
