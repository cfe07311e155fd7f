package com.atlassian.confluence.security;

import java.util.List;

/**
 * Compile-only re-declaration (interface, as in Confluence) of the space permission manager.
 *
 * <p>Checked against: the decompiled Confluence 8.7.2 {@code com.atlassian.confluence.security.SpacePermissionManager}
 * ({@code public interface SpacePermissionManager extends SpacePermissionSaver};
 * {@code @Deprecated void removePermission(SpacePermission)}, the only public way to remove one space
 * permission before 9.1's {@code SpacePermissionService} (the 10.1.2 javadoc still lists
 * {@code SpacePermissionManager} as a superinterface of the internal manager; this member's presence
 * in 9.2/10.x was not confirmed);
 * {@code List<SpacePermission> getGlobalPermissions(String)}, not deprecated;
 * {@code @Transactional(readOnly=true) List<SpacePermission> getAllPermissionsForGroup(String)}, not
 * deprecated: every permission granted to the group, in spaces and globally).
 */
public interface SpacePermissionManager extends SpacePermissionSaver {

    @Deprecated
    void removePermission(SpacePermission permission);

    /** @return every permission granted to the group, of every space and global ones (no space) */
    List<SpacePermission> getAllPermissionsForGroup(String group);

    /** @return the global permissions of this type (the rows without a space) */
    List<SpacePermission> getGlobalPermissions(String type);
}
