package com.atlassian.confluence.core;

import com.atlassian.confluence.security.ContentPermission;
import java.util.Collection;

/**
 * Compile-only re-declaration (interface, as in Confluence) of the page restriction manager.
 *
 * <p>Checked against: the decompiled Confluence 8.7.2 {@code com.atlassian.confluence.core.ContentPermissionManager}
 * ({@code public interface ContentPermissionManager},
 * {@code void setContentPermissions(Collection<ContentPermission>, ContentEntityObject, String)}, not
 * deprecated: replaces the content's restrictions of that type).
 */
public interface ContentPermissionManager {

    void setContentPermissions(Collection<ContentPermission> permissions, ContentEntityObject content, String type);
}
