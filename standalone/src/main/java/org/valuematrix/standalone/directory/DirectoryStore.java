package org.valuematrix.standalone.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import org.valuematrix.spi.Container;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.standalone.directory.ao.AOContainer;
import org.valuematrix.standalone.directory.ao.AOContainerGroup;
import org.valuematrix.standalone.directory.ao.AOUser;
import org.valuematrix.standalone.directory.ao.AOUserGroup;
import org.valuematrix.standalone.projects.ao.AOProjectGrant;
import org.valuematrix.standalone.spaces.ao.AOSpaceGrant;

/** The embedded directory in Active Objects: read whole into a {@link DirectorySnapshot}, written in bulk. */
public class DirectoryStore {
    private final EntityAccess ao;

    public DirectoryStore(EntityAccess ao) {
        this.ao = ao;
    }

    public boolean isEmpty() {
        return ao.count(AOUser.class, Query.select()) == 0;
    }

    public DirectorySnapshot load() {
        Map<String, List<String>> userGroups = new HashMap<>();
        for (AOUserGroup g : ao.find(AOUserGroup.class, Query.select().order("POSITION, ID"))) {
            userGroups.computeIfAbsent(g.getUserKey(), k -> new ArrayList<>()).add(g.getGroupName());
        }
        List<User> users = new ArrayList<>();
        for (AOUser u : ao.find(AOUser.class, Query.select().order("POSITION, ID"))) {
            users.add(new User(u.getUserKey(), u.getUsername(), u.getDisplayName(), u.getPasswordHash(),
                    userGroups.getOrDefault(u.getUserKey(), List.of()), zone(u.getTimeZone())));
        }
        Map<String, List<String>> viewGroups = new HashMap<>();
        for (AOContainerGroup g : ao.find(AOContainerGroup.class, Query.select().order("POSITION, ID"))) {
            viewGroups.computeIfAbsent(g.getContainerKey(), k -> new ArrayList<>()).add(g.getGroupName());
        }
        // Spaces administered like Confluence's: view-space grants to groups and users admit too.
        Map<String, List<String>> viewUsers = new HashMap<>();
        for (AOSpaceGrant g : ao.find(AOSpaceGrant.class, Query.select().where("PERMISSION = ?", "VIEWSPACE")
                .order("ID"))) {
            if ("GROUP".equals(g.getSubject())) {
                List<String> groups = viewGroups.computeIfAbsent(g.getContainerKey(), k -> new ArrayList<>());
                if (!groups.contains(g.getName())) {
                    groups.add(g.getName());
                }
            } else if ("USER".equals(g.getSubject())) {
                viewUsers.computeIfAbsent(g.getContainerKey(), k -> new ArrayList<>()).add(g.getName());
            }
        }
        // Projects: a group given browse on one project (linked to a customer-facing space) views it too.
        for (AOProjectGrant g : ao.find(AOProjectGrant.class, Query.select().where("PERMISSION = ?", "BROWSE_PROJECTS")
                .order("ID"))) {
            List<String> groups = viewGroups.computeIfAbsent(g.getProjectKey(), k -> new ArrayList<>());
            if (!groups.contains(g.getGroupName())) {
                groups.add(g.getGroupName());
            }
        }
        List<DirectoryContainer> containers = new ArrayList<>();
        for (AOContainer c : ao.find(AOContainer.class, Query.select().order("POSITION, ID"))) {
            Container container = new Container(c.getContainerKey(), c.getName(), c.getProduct(),
                    Products.containerUrl(c.getProduct(), c.getContainerKey()));
            containers.add(new DirectoryContainer(container, c.getDescription(),
                    viewGroups.getOrDefault(c.getContainerKey(), List.of()),
                    viewUsers.getOrDefault(c.getContainerKey(), List.of())));
        }
        return new DirectorySnapshot(users, containers);
    }

    /** Adds users and containers (keys must be new), all in one transaction. */
    public void add(List<User> users, List<DirectoryContainer> containers) {
        ao.executeInTransaction(() -> {
            int position = ao.count(AOUser.class, Query.select());
            List<Map<String, Object>> userRows = new ArrayList<>();
            List<Map<String, Object>> groupRows = new ArrayList<>();
            for (User u : users) {
                userRows.add(row("USER_KEY", u.key(), "USERNAME", u.username(), "DISPLAY_NAME", u.displayName(),
                        "PASSWORD_HASH", u.passwordHash(), "TIME_ZONE", u.zone().map(z -> z.getId()).orElse(null),
                        "POSITION", position++));
                for (int i = 0; i < u.groups().size(); i++) {
                    groupRows.add(row("USER_KEY", u.key(), "GROUP_NAME", u.groups().get(i), "POSITION", i));
                }
            }
            int cPosition = ao.count(AOContainer.class, Query.select());
            List<Map<String, Object>> containerRows = new ArrayList<>();
            List<Map<String, Object>> viewRows = new ArrayList<>();
            for (DirectoryContainer c : containers) {
                containerRows.add(row("CONTAINER_KEY", c.key(), "NAME", c.container().name(), "PRODUCT",
                        c.container().product(), "DESCRIPTION", c.description(), "POSITION", cPosition++));
                for (int i = 0; i < c.viewGroups().size(); i++) {
                    viewRows.add(row("CONTAINER_KEY", c.key(), "GROUP_NAME", c.viewGroups().get(i), "POSITION", i));
                }
            }
            createAll(AOUser.class, userRows);
            createAll(AOUserGroup.class, groupRows);
            createAll(AOContainer.class, containerRows);
            createAll(AOContainerGroup.class, viewRows);
            return null;
        });
    }

    /** Deletes a container and its view groups. */
    public void removeContainer(String key) {
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(AOContainerGroup.class, "CONTAINER_KEY = ?", key);
            ao.deleteWithSQL(AOProjectGrant.class, "PROJECT_KEY = ?", key);
            ao.deleteWithSQL(AOContainer.class, "CONTAINER_KEY = ?", key);
            return null;
        });
    }

    /** A zone id java.time no longer knows leaves the person in the host's zone. */
    private static java.time.ZoneId zone(String id) {
        try {
            return id == null || id.isBlank() ? null : java.time.ZoneId.of(id);
        } catch (java.time.DateTimeException unknown) {
            return null;
        }
    }

    /** Sets the password hash of each user key given, in one transaction. */
    public void setPasswordHashes(Map<String, String> hashes) {
        ao.executeInTransaction(() -> {
            for (AOUser u : ao.find(AOUser.class, Query.select())) {
                String hash = hashes.get(u.getUserKey());
                if (hash != null) {
                    u.setPasswordHash(hash);
                    u.save();
                }
            }
            return null;
        });
    }

    private <T extends net.java.ao.RawEntity<K>, K> void createAll(Class<T> type, List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            ao.create(type, rows);
        }
    }

    private static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }
}
