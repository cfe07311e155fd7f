package com.atlassian.confluence.security;

import com.atlassian.user.User;
import java.util.List;

/**
 * Compile-only re-declaration (interface, as in Confluence) of the permission manager; one member.
 *
 * <p>Checked against: docs.atlassian.com ConfluenceServer javadoc 6.15.6
 * (abstract {@code <X> List<X> getPermittedEntities(com.atlassian.user.User, Permission, List<? extends X>)}),
 * 8.9.3 and 9.4.0 (the {@code User} variants kept as deprecated {@code default} methods next to new
 * {@code ConfluenceUser} ones). The {@code User} variant is the one present in every version
 * checked, so it is binary compatible with 8.5 and 9.2.
 */
public interface PermissionManager {

    <X> List<X> getPermittedEntities(User user, Permission permission, List<? extends X> objects);
}
