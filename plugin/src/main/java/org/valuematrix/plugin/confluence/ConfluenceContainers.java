package org.valuematrix.plugin.confluence;

import com.atlassian.confluence.api.model.content.Space;
import com.atlassian.confluence.api.model.link.Link;
import com.atlassian.confluence.api.model.link.LinkType;
import com.atlassian.confluence.api.model.pagination.PageResponse;
import com.atlassian.confluence.api.model.pagination.SimplePageRequest;
import com.atlassian.confluence.api.service.content.SpaceService;
import com.atlassian.confluence.security.SpacePermission;
import com.atlassian.confluence.security.SpacePermissionManager;
import com.atlassian.confluence.security.denormalisedpermissions.BulkPermissionService;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.spaces.SpaceStatus;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.valuematrix.spi.Container;
import org.valuematrix.spi.Containers;

/**
 * Confluence spaces as containers.
 *
 * <p>The visible set is one call to Confluence's bulk permission service, which answers every
 * space key with a view flag for any user, anonymous included, from one or two queries (never one
 * per space). Listing and look-up go through {@link SpaceService}, the API Confluence names for
 * plugins; it answers as the signed-in Confluence user, so a space that user may not view is
 * neither listed nor found, exactly like a space that does not exist.
 *
 * <p>View grants come from each group's own permissions ({@code SpacePermissionManager.getAllPermissionsForGroup}):
 * the look-up of a space entity by key that the other way round needs is deprecated.
 *
 * <p>Archived spaces are containers like current ones: Confluence still shows them, read-only, to
 * the people who may view them, and their history stays in the stream and the matrix.
 */
public class ConfluenceContainers implements Containers {
    /** The most spaces {@link SpaceService} returns in one page when nothing is expanded. */
    static final int PAGE = 500;

    private static final Comparator<Container> BY_NAME =
            Comparator.comparing(Container::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Container::key);

    private final SpaceManager spaceManager;
    private final SpaceService spaces;
    private final BulkPermissionService permissions;
    private final UserAccessor users;
    private final SpacePermissionManager spacePermissions;

    public ConfluenceContainers(SpaceManager spaceManager, SpaceService spaces, BulkPermissionService permissions,
            UserAccessor users, SpacePermissionManager spacePermissions) {
        this.spaceManager = spaceManager;
        this.spaces = spaces;
        this.permissions = permissions;
        this.users = users;
        this.spacePermissions = spacePermissions;
    }

    /** Every space the signed-in user may view, current and archived, by name. */
    @Override
    public List<Container> all() {
        List<String> keys = new ArrayList<>(spaceManager.getAllSpaceKeys(SpaceStatus.CURRENT));
        keys.addAll(spaceManager.getAllSpaceKeys(SpaceStatus.ARCHIVED));
        List<Container> out = new ArrayList<>(keys.size());
        // Named a batch of keys at a time, each from its first page: paging one finder through
        // every space makes Confluence re-read and re-check all the spaces before each page.
        for (int from = 0; from < keys.size(); from += PAGE) {
            out.addAll(named(keys.subList(from, Math.min(from + PAGE, keys.size()))));
        }
        out.sort(BY_NAME);
        return out;
    }

    @Override
    public Optional<Container> byKey(String key) {
        return named(List.of(key)).stream().findFirst();
    }

    /**
     * An unknown user key sees nothing rather than what an anonymous viewer sees; a null key is
     * the anonymous viewer, which Confluence answers with the spaces open to anonymous access.
     */
    @Override
    public Set<String> visibleTo(String userKey) {
        ConfluenceUser user = null;
        if (userKey != null) {
            user = users.getUserByKey(new UserKey(userKey));
            if (user == null) {
                return Set.of();
            }
        }
        Map<String, Boolean> viewable =
                permissions.getAllSpaceKeysWithPermissionStatuses(user, SpacePermission.VIEWSPACE_PERMISSION);
        Set<String> keys = new LinkedHashSet<>();
        viewable.forEach((key, permitted) -> {
            if (Boolean.TRUE.equals(permitted)) {
                keys.add(key);
            }
        });
        return keys;
    }

    /** The view-space permissions granted to each group; global permissions (no space) name no container. */
    @Override
    public Map<String, Set<String>> viewGrants(Set<String> groups) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String group : groups) {
            for (SpacePermission p : spacePermissions.getAllPermissionsForGroup(group)) {
                if (SpacePermission.VIEWSPACE_PERMISSION.equals(p.getType()) && p.getSpace() != null) {
                    out.computeIfAbsent(p.getSpace().getKey(), k -> new LinkedHashSet<>()).add(group);
                }
            }
        }
        return out;
    }

    private List<Container> named(List<String> keys) {
        SpaceService.SpaceFinder finder = spaces.find().withKeys(keys.toArray(new String[0]));
        List<Container> out = new ArrayList<>();
        PageResponse<Space> page;
        do {
            page = finder.fetchMany(new SimplePageRequest(out.size(), PAGE));
            for (Space space : page.getResults()) {
                out.add(container(space));
            }
        } while (page.hasMore() && !page.getResults().isEmpty());
        return out;
    }

    static Container container(Space space) {
        Map<LinkType, Link> links = space.getLinks();
        Link page = links == null ? null : links.get(LinkType.WEB_UI);
        return new Container(space.getKey(), space.getName(), ConfluenceHost.PRODUCT, page == null ? null : page.getPath());
    }
}
