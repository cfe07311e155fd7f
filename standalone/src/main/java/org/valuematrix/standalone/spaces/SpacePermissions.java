package org.valuematrix.standalone.spaces;

import java.util.HashSet;
import java.util.Set;
import net.java.ao.Query;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.spi.SpaceGrant;
import org.valuematrix.standalone.directory.DirectorySnapshot;
import org.valuematrix.standalone.spaces.ao.AOPageParent;
import org.valuematrix.standalone.spaces.ao.AOPageRestriction;
import org.valuematrix.standalone.spaces.ao.AOSpaceGrant;

/**
 * The standalone host's space permissions and page restrictions, read from the database on each
 * question (every node answers the same). A space with no permission rows is one of the demo's,
 * guarded by its view groups alone; a space with rows is administered like Confluence's: a user
 * needs the permission itself, through a group, their own key or all signed-in users.
 */
public class SpacePermissions {
    private final EntityAccess ao;

    public SpacePermissions(EntityAccess ao) {
        this.ao = ao;
    }

    public boolean administered(String spaceKey) {
        return ao.count(AOSpaceGrant.class, Query.select().where("CONTAINER_KEY = ?", spaceKey)) > 0;
    }

    /** @return whether the user holds the permission in an administered space */
    public boolean holds(DirectorySnapshot directory, String userKey, String spaceKey, SpaceGrant.Permission p) {
        if (userKey == null) {
            return false;
        }
        Set<String> groups = directory.user(userKey).map(u -> Set.copyOf(u.groups())).orElse(Set.of());
        for (AOSpaceGrant g : ao.find(AOSpaceGrant.class,
                Query.select().where("CONTAINER_KEY = ? AND PERMISSION = ?", spaceKey, p.name()))) {
            switch (SpaceGrant.Subject.valueOf(g.getSubject())) {
                case GROUP:
                    if (groups.contains(g.getName())) {
                        return true;
                    }
                    break;
                case USER:
                    if (userKey.equals(g.getName())) {
                        return true;
                    }
                    break;
                case AUTHENTICATED:
                    return true;
                default:
                    break;
            }
        }
        return false;
    }

    /**
     * @return whether the page's own view restriction and those of its ancestors let the user in
     *     (Confluence: view restrictions are inherited, each level must admit the viewer)
     */
    public boolean canViewPage(DirectorySnapshot directory, String userKey, long contentId) {
        Set<String> groups = directory.user(userKey).map(u -> Set.copyOf(u.groups())).orElse(Set.of());
        Set<Long> seen = new HashSet<>();
        Long id = contentId;
        while (id != null && seen.add(id)) {
            AOPageRestriction[] rows = ao.find(AOPageRestriction.class, Query.select().where("CONTENT_ID = ?", id));
            if (rows.length > 0) {
                boolean in = false;
                for (AOPageRestriction r : rows) {
                    in |= groups.contains(r.getGroupName());
                }
                if (!in) {
                    return false;
                }
            }
            AOPageParent[] parent = ao.find(AOPageParent.class, Query.select().where("CONTENT_ID = ?", id));
            id = parent.length == 0 || parent[0].getParentId() == 0 ? null : parent[0].getParentId();
        }
        return true;
    }

    /** @return whether the page or an ancestor has a view restriction (its activity stays out of the stream) */
    public boolean restricted(long contentId) {
        Set<Long> seen = new HashSet<>();
        Long id = contentId;
        while (id != null && seen.add(id)) {
            if (ao.count(AOPageRestriction.class, Query.select().where("CONTENT_ID = ?", id)) > 0) {
                return true;
            }
            AOPageParent[] parent = ao.find(AOPageParent.class, Query.select().where("CONTENT_ID = ?", id));
            id = parent.length == 0 || parent[0].getParentId() == 0 ? null : parent[0].getParentId();
        }
        return false;
    }
}
