package org.valuematrix.plugin.confluence;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.valuematrix.spi.Container;
import org.valuematrix.spi.Containers;

/** Confluence spaces as containers; the visible set comes from Confluence's permission manager. */
public class ConfluenceContainers implements Containers {
    private final SpaceManager spaces;
    private final PermissionManager permissions;
    private final UserAccessor users;

    public ConfluenceContainers(SpaceManager spaces, PermissionManager permissions, UserAccessor users) {
        this.spaces = spaces;
        this.permissions = permissions;
        this.users = users;
    }

    @Override
    public List<Container> all() {
        List<Container> out = new ArrayList<>();
        for (Space space : spaces.getAllSpaces()) {
            out.add(container(space));
        }
        return out;
    }

    @Override
    public Optional<Container> byKey(String key) {
        return Optional.ofNullable(spaces.getSpace(key)).map(ConfluenceContainers::container);
    }

    /**
     * One call into Confluence: the spaces the user may view, filtered by the permission manager
     * from the full list (an anonymous viewer is a null user, as Confluence expects).
     */
    @Override
    public Set<String> visibleTo(String userKey) {
        ConfluenceUser user = userKey == null ? null : users.getUserByKey(new UserKey(userKey));
        if (userKey != null && user == null) {
            return Set.of();
        }
        List<Space> visible = permissions.getPermittedEntities(user, Permission.VIEW, spaces.getAllSpaces());
        Set<String> keys = new LinkedHashSet<>();
        for (Space space : visible) {
            keys.add(space.getKey());
        }
        return keys;
    }

    static Container container(Space space) {
        return new Container(space.getKey(), space.getName(), ConfluenceHost.PRODUCT, space.getUrlPath());
    }
}
