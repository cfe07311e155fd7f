package org.valuematrix.plugin.confluence;

import com.atlassian.confluence.core.ContentPermissionManager;
import com.atlassian.confluence.core.DefaultSaveContext;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.ContentPermission;
import com.atlassian.confluence.security.ContentPermissionSet;
import com.atlassian.confluence.security.SpacePermission;
import com.atlassian.confluence.security.SpacePermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.valuematrix.spi.Directory;
import org.valuematrix.spi.SpaceAdministration;
import org.valuematrix.spi.SpaceAdministrationException;
import org.valuematrix.spi.SpaceGrant;
import org.valuematrix.spi.SpacePage;

/**
 * Confluence's space administration. Space permissions are written one row at a time through
 * {@code SpacePermissionManager} ({@code savePermission}, {@code removePermission}: deprecated, but
 * the only public way before {@code SpacePermissionService} arrived in 9.1; {@code savePermission} is
 * still in the 10.1.2 javadoc), on the space entity that only the deprecated {@code SpaceManager.getSpace(String)} returns
 * by key: this class is the one place allowed those calls ({@code DeprecatedHostApiTest}). Pages are
 * found through their space ({@code PageManager.getPages}), since every look-up of a page by id is
 * deprecated; a customer-facing space holds a few dozen pages when these are called.
 */
public class ConfluenceSpaceAdministration implements SpaceAdministration {
    private final SpaceManager spaces;
    private final SpacePermissionManager permissions;
    private final PageManager pages;
    private final ContentPermissionManager restrictions;
    private final UserAccessor users;
    private final Directory directory;

    public ConfluenceSpaceAdministration(SpaceManager spaces, SpacePermissionManager permissions, PageManager pages,
            ContentPermissionManager restrictions, UserAccessor users, Directory directory) {
        this.spaces = spaces;
        this.permissions = permissions;
        this.pages = pages;
        this.restrictions = restrictions;
        this.users = users;
        this.directory = directory;
    }

    @Override
    public boolean spaceExists(String key) {
        return spaceOrNull(key) != null;
    }

    /** {@code createPrivateSpace} gives the creator every space permission and applies no default permission. */
    @Override
    public long createPrivateSpace(String key, String name, String creatorKey) {
        ConfluenceUser creator = user(creatorKey);
        Space space = host(() -> spaces.createPrivateSpace(key, name, null, creator), "create the space " + key);
        Page home = space.getHomePage();
        if (home == null) {
            removeSpace(key);
            throw new SpaceAdministrationException("Confluence created the space " + key + " without a home page");
        }
        return home.getId();
    }

    @Override
    public void removeSpace(String key) {
        host(() -> spaces.removeSpace(key), "remove the space " + key);
    }

    @Override
    @SuppressWarnings("deprecation")
    public void grant(String spaceKey, SpaceGrant grant) {
        Space space = space(spaceKey);
        if (ConfluenceSpaceGrants.stored(space, grant).isPresent()) {
            return;
        }
        SpacePermission permission = ConfluenceSpaceGrants.row(space, grant, this::user);
        host(() -> {
            permissions.savePermission(permission);
            return null;
        }, "grant " + grant + " on " + spaceKey);
    }

    @Override
    @SuppressWarnings("deprecation")
    public void revoke(String spaceKey, SpaceGrant grant) {
        Optional<SpacePermission> row = ConfluenceSpaceGrants.stored(space(spaceKey), grant);
        row.ifPresent(p -> host(() -> {
            permissions.removePermission(p);
            return null;
        }, "revoke " + grant + " on " + spaceKey));
    }

    @Override
    public Set<SpaceGrant> grants(String spaceKey) {
        Space space = spaceOrNull(spaceKey);
        if (space == null) {
            return Set.of();
        }
        Set<SpaceGrant> out = new LinkedHashSet<>();
        for (SpacePermission p : ConfluenceSpaceGrants.rows(space)) {
            ConfluenceSpaceGrants.grantOf(p).ifPresent(out::add);
        }
        return out;
    }

    @Override
    public long createPage(String spaceKey, long parentId, String title, String body) {
        Space space = space(spaceKey);
        Page parent = page(space, parentId);
        Page page = new Page();
        page.setSpace(space);
        page.setTitle(title);
        page.setBodyAsString(body);
        page.setParentPage(parent);
        host(() -> {
            parent.addChild(page);
            pages.saveContentEntity(page, DefaultSaveContext.SUPPRESS_NOTIFICATIONS);
            return null;
        }, "create the page " + title + " in " + spaceKey);
        return page.getId();
    }

    @Override
    public void updatePage(long pageId, String title, String body) {
        Page page = page(pageId);
        host(() -> {
            pages.saveNewVersion(page, p -> {
                p.setTitle(title);
                p.setBodyAsString(body);
            }, DefaultSaveContext.SUPPRESS_NOTIFICATIONS);
            return null;
        }, "update the page " + pageId);
    }

    @Override
    public void restrictView(long pageId, Set<String> groups) {
        Page page = page(pageId);
        List<ContentPermission> view = new ArrayList<>();
        groups.forEach(g -> view.add(ContentPermission.createGroupPermission(ContentPermission.VIEW_PERMISSION, g)));
        host(() -> {
            restrictions.setContentPermissions(view, page, ContentPermission.VIEW_PERMISSION);
            return null;
        }, "restrict the page " + pageId);
    }

    @Override
    public List<SpacePage> pages(String spaceKey) {
        Space space = spaceOrNull(spaceKey);
        if (space == null) {
            return List.of();
        }
        List<SpacePage> out = new ArrayList<>();
        for (Page p : pages.getPages(space, true)) {
            ContentPermissionSet view = p.getContentPermissionSet(ContentPermission.VIEW_PERMISSION);
            List<String> groups = view == null ? null : view.getGroupNames();
            out.add(new SpacePage(p.getId(), p.getTitle(), p.getBodyAsString(),
                    p.getAttachments() == null ? 0 : p.getAttachments().size(),
                    groups == null ? Set.of() : new HashSet<>(groups)));
        }
        return out;
    }

    @Override
    public boolean groupExists(String group) {
        return group != null && users.getGroup(group) != null;
    }

    @Override
    public Optional<String> userKey(String username) {
        ConfluenceUser user = users.getUserByName(username);
        return user == null || user.getKey() == null ? Optional.empty() : Optional.of(user.getKey().getStringValue());
    }

    @Override
    public Set<String> members(String group) {
        return directory.membersOf(group);
    }

    /**
     * Anyone the global "browse users" permission reaches: anonymous or all signed-in users, the
     * group itself, another group one of its members belongs to (customers usually sit in
     * {@code confluence-users} too), or one of its members by name.
     */
    @Override
    public boolean profilesVisibleTo(String group) {
        Set<String> members = null;
        for (SpacePermission p : permissions.getGlobalPermissions(SpacePermission.BROWSE_USERS_PERMISSION)) {
            if (p.isAnonymousPermission() || p.isAuthenticatedUsersPermission()
                    || p.isGroupPermission() && group.equals(p.getGroup())) {
                return true;
            }
            if (members == null) {
                members = directory.membersOf(group);
            }
            if (p.isGroupPermission() && members.stream().anyMatch(directory.membersOf(p.getGroup())::contains)) {
                return true;
            }
            if (p.isUserPermission() && p.getUserSubject() != null && p.getUserSubject().getKey() != null
                    && members.contains(p.getUserSubject().getKey().getStringValue())) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("deprecation")
    private Space spaceOrNull(String key) {
        return key == null ? null : spaces.getSpace(key);
    }

    private Space space(String key) {
        Space space = spaceOrNull(key);
        if (space == null) {
            throw new SpaceAdministrationException("Confluence has no space " + key);
        }
        return space;
    }

    private Page page(long pageId) {
        String key = spaces.getSpaceFromPageId(pageId);
        if (key == null) {
            throw new SpaceAdministrationException("Confluence has no page " + pageId);
        }
        return page(space(key), pageId);
    }

    private Page page(Space space, long pageId) {
        Page home = space.getHomePage();
        if (home != null && home.getId() == pageId) {
            return home;
        }
        for (Page p : pages.getPages(space, true)) {
            if (p.getId() == pageId) {
                return p;
            }
        }
        throw new SpaceAdministrationException("Confluence has no page " + pageId + " in " + space.getKey());
    }

    private ConfluenceUser user(String userKey) {
        ConfluenceUser user = users.getUserByKey(new UserKey(userKey));
        if (user == null) {
            throw new SpaceAdministrationException("Confluence has no user with the key " + userKey);
        }
        return user;
    }

    private static <T> T host(java.util.function.Supplier<T> call, String what) {
        try {
            return call.get();
        } catch (SpaceAdministrationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SpaceAdministrationException("Confluence could not " + what, e);
        }
    }
}
