package org.valuematrix.spi;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The host's space administration, as the customer-facing spaces need it: create a space private,
 * give and take exactly one space permission at a time, make a page tree, restrict a page, and
 * answer what the pre-opening check reads. Confluence implements it with
 * {@code SpaceManager}/{@code SpacePermissionManager} ({@code createPrivateSpacePermissions},
 * {@code savePermission}, {@code removePermission}), {@code PageManager} and
 * {@code ContentPermissionManager}; the standalone host with its directory and content store.
 *
 * <p>Contract:
 * <ul>
 * <li>Every method acts as the system, not as the signed-in user: core has already decided that
 * the caller may do it.</li>
 * <li>Nothing here ever applies the host's default space permissions (Confluence's
 * {@code SpacePermissionDefaultsStore}, which usually contains {@code confluence-users}).</li>
 * <li>Grants are exact: {@link #grant} adds one row and nothing implied by it, {@link #revoke}
 * removes one row; {@link #grants} lists every row of the space, whoever added it.</li>
 * <li>Failures throw {@link SpaceAdministrationException}; a method that throws has changed
 * nothing, so a caller can undo what it did before with {@link #removeSpace}.</li>
 * </ul>
 */
public interface SpaceAdministration {

    /** @return true when a space (of any kind, customer-facing or not) has this key */
    boolean spaceExists(String key);

    /**
     * Creates a private space: after this returns, its only grants are those the host gives the
     * creator of a private space (Confluence: every space permission to the creator), never the
     * default space permissions. The caller then lists {@link #grants} and revokes what its preset
     * does not want. The host creates no pages but the home page.
     *
     * @param key a free space key (upper-case letters and digits)
     * @param name the space's display name
     * @param creatorKey the user key of the person creating it
     * @return the id of the space's home page, whose body the caller replaces with {@link #updatePage}
     */
    long createPrivateSpace(String key, String name, String creatorKey);

    /**
     * Deletes the space with its pages, restrictions and grants. Used to undo a creation that failed
     * part-way; never on a space someone has worked in.
     */
    void removeSpace(String key);

    /** Adds exactly this grant to the space; granting one that exists changes nothing. */
    void grant(String spaceKey, SpaceGrant grant);

    /** Removes exactly this grant; revoking one that does not exist changes nothing. */
    void revoke(String spaceKey, SpaceGrant grant);

    /** @return every space permission row of the space; empty for an unknown space */
    Set<SpaceGrant> grants(String spaceKey);

    /**
     * Creates a page.
     *
     * @param parentId the parent page's id (the home page for a top-level page of the tree)
     * @param body the body in Confluence storage format (well-formed XHTML)
     * @return the new page's id
     */
    long createPage(String spaceKey, long parentId, String title, String body);

    /** Replaces a page's title and body (used for the home page the host created). */
    void updatePage(long pageId, String title, String body);

    /**
     * Gives the page its own view restriction to exactly these groups (Confluence: a
     * {@code ContentPermission.VIEW_PERMISSION} set), replacing any it had. Restrictions on a page
     * cascade to its children, as Confluence's view restrictions do.
     */
    void restrictView(long pageId, Set<String> groups);

    /** @return every page of the space with what the pre-opening check reads */
    List<SpacePage> pages(String spaceKey);

    /** @return true when the group exists in the host's directory */
    boolean groupExists(String group);

    /** @return the user key of the user with this user name, or empty when there is none */
    Optional<String> userKey(String username);

    /**
     * @return the user keys of the group's members, nested groups included (the same answer as
     *     {@link Directory#membersOf})
     */
    Set<String> members(String group);

    /**
     * @return true when members of the group may look people up in the user directory and open
     *     their profiles (Confluence: the global {@code VIEWUSERPROFILES} permission, granted to the
     *     group itself or to everyone signed in or anonymous)
     */
    boolean profilesVisibleTo(String group);
}
