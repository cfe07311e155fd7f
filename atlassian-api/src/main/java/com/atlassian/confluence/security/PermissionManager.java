package com.atlassian.confluence.security;

import com.atlassian.user.User;

/**
 * Compile-only re-declaration (interface, as in Confluence) of the permission manager; one member.
 *
 * <p>Checked against: the decompiled Confluence 8.7.2 {@code com.atlassian.confluence.security.PermissionManager}
 * ({@code public interface PermissionManager}, {@code boolean hasPermission(@Nullable User, Permission,
 * @Nullable Object)}, not deprecated, and the only object check there: the {@code ConfluenceUser}
 * overloads the 8.8 javadoc shows do not exist in 8.5–8.7). Whether 9.x marks this overload
 * deprecated, as it does the {@code User} variants of {@code getPermittedEntities}, is not re-read here.
 */
public interface PermissionManager {

    boolean hasPermission(User user, Permission permission, Object target);
}
