package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.Group;
import java.util.List;

/**
 * Compile-only re-declaration (interface, as in Confluence) of the user accessor. In the host the
 * members below are inherited from its superinterfaces ({@code ConfluenceUserResolver},
 * {@code GroupResolver}, {@code GroupMembershipAccessor}); the JVM resolves them there.
 *
 * <p>Checked against: docs.atlassian.com ConfluenceServer javadoc 8.5.21
 * {@code com.atlassian.confluence.user.UserAccessor} (its superinterfaces; the method table was
 * not readable in the docs index) and public Confluence plugins in the code index, which call
 * {@code List<String> getGroupNamesForUserName(user.getName())}, {@code Group getGroup(String)} and
 * {@code List<String> getMemberNamesAsList(Group)} with these types; {@code getUserByKey(UserKey)}
 * and {@code getUserByName(String)} return {@code ConfluenceUser} since 5.2. Presence in 9.2
 * specifically is not confirmed: see the plugin report.
 *
 * <p>{@code List<Group> getGroupsAsList()} is declared on {@code UserAccessor} itself in the
 * decompiled Confluence 8.7.2.
 *
 * <p>{@code List<User> findUsersAsList(Query<User>) throws EntityException} (atlassian-user's
 * {@code User} and {@code Query}) is declared on {@code UserAccessor} itself in the decompiled
 * Confluence 8.7.2, not deprecated; its {@code DefaultUserAccessor} asks the user directories
 * through atlassian-user's {@code EntityQueryParser} and checks no permission.
 */
public interface UserAccessor {

    ConfluenceUser getUserByKey(UserKey key);

    ConfluenceUser getUserByName(String name);

    List<String> getGroupNamesForUserName(String userName);

    Group getGroup(String name);

    List<String> getMemberNamesAsList(Group group);

    List<Group> getGroupsAsList();

    List<com.atlassian.user.User> findUsersAsList(com.atlassian.user.search.query.Query<com.atlassian.user.User> query)
            throws com.atlassian.user.EntityException;
}
