package com.atlassian.confluence.security.denormalisedpermissions;

import com.atlassian.confluence.user.ConfluenceUser;
import java.util.Map;

/**
 * Compile-only re-declaration (interface, as in Confluence) of the bulk permission service; one member.
 *
 * <p>Checked against: ConfluenceServer javadoc 8.5.7, 8.8.0, 9.1.2 and 9.5.2
 * {@code com.atlassian.confluence.security.denormalisedpermissions.BulkPermissionService}
 * ({@code @ExperimentalApi}, since 7.11.0, not deprecated:
 * {@code Map<String,Boolean> getAllSpaceKeysWithPermissionStatuses(@Nullable ConfluenceUser, String spacePermissionType)},
 * "Returns a map of spaces where key is space key, and value is flag (true if permitted, false is
 * not)"; only "VIEWSPACE" or "EDITSPACE" are supported), and the decompiled Confluence 8.7.2: the
 * published component {@code DenormalisedPermissionRouter} answers from the denormalised permission
 * tables when they are up (eventually consistent: a few seconds behind a permission change) and
 * otherwise from {@code DenormalisedPermissionFallbackServiceImpl}, which reads every space key in one
 * query and the permitted keys in a second query built for that user
 * ({@code SpacePermissionsFilterDao.getPermittedSpaceKeys}); a null user is the anonymous viewer, a
 * user without access to Confluence gets every key with false, and a permission-exempt administrator
 * every key with true. Archived spaces are included. Bundled plugins import it as a component
 * ({@code @ComponentImport BulkPermissionService} in confluence-inline-tasks 18.7.51).
 */
public interface BulkPermissionService {

    Map<String, Boolean> getAllSpaceKeysWithPermissionStatuses(ConfluenceUser confluenceUser, String spacePermissionType);
}
