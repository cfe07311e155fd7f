package org.valuematrix.standalone.spaces;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.java.ao.Query;
import org.valuematrix.spi.Container;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.spi.SpaceAdministration;
import org.valuematrix.spi.SpaceAdministrationException;
import org.valuematrix.spi.SpaceGrant;
import org.valuematrix.spi.SpacePage;
import org.valuematrix.standalone.content.Content;
import org.valuematrix.standalone.content.ContentStore;
import org.valuematrix.standalone.directory.DirectoryContainer;
import org.valuematrix.standalone.directory.EmbeddedDirectory;
import org.valuematrix.standalone.directory.Products;
import org.valuematrix.standalone.directory.User;
import org.valuematrix.standalone.spaces.ao.AOPageParent;
import org.valuematrix.standalone.spaces.ao.AOPageRestriction;
import org.valuematrix.standalone.spaces.ao.AOSpaceGrant;
import org.valuematrix.standalone.web.DisplayServlet;

/**
 * The space administration port on the standalone host's directory and content store. A space it
 * creates is private as Confluence makes one: every space permission to its creator, and nothing
 * for anyone else until granted. Its people lookup ({@code /rest/host/1.0/users}) is open to every
 * signed-in user, so user profiles are visible to every group.
 */
public class StandaloneSpaceAdministration implements SpaceAdministration {
    private final EntityAccess ao;
    private final EmbeddedDirectory directory;
    private final ContentStore content;
    private final Clock clock;

    public StandaloneSpaceAdministration(EntityAccess ao, EmbeddedDirectory directory, ContentStore content,
            Clock clock) {
        this.ao = ao;
        this.directory = directory;
        this.content = content;
        this.clock = clock;
    }

    @Override
    public boolean spaceExists(String key) {
        return directory.snapshot().container(key).isPresent();
    }

    @Override
    public synchronized long createPrivateSpace(String key, String name, String creatorKey) {
        if (spaceExists(key)) {
            throw new SpaceAdministrationException("The space key " + key + " is in use.");
        }
        directory.add(List.of(), List.of(new DirectoryContainer(
                new Container(key, name, Products.CONFLUENCE, Products.containerUrl(Products.CONFLUENCE, key)), "",
                List.of())));
        try {
            ao.executeInTransaction(() -> {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (SpaceGrant.Permission p : SpaceGrant.Permission.values()) {
                    rows.add(row(key, SpaceGrant.user(p, creatorKey)));
                }
                ao.create(AOSpaceGrant.class, rows);
                return null;
            });
            Content home = content.createPage(key, name, creatorKey, "", clock.instant(), DisplayServlet.HOME_SLUG);
            directory.reload();
            return home.id();
        } catch (RuntimeException e) {
            removeSpace(key);
            throw new SpaceAdministrationException("Could not create the space " + key, e);
        }
    }

    @Override
    public synchronized void removeSpace(String key) {
        ao.executeInTransaction(() -> {
            for (Content c : content.all(key)) {
                ao.deleteWithSQL(AOPageRestriction.class, "CONTENT_ID = ?", c.id());
                ao.deleteWithSQL(AOPageParent.class, "CONTENT_ID = ?", c.id());
            }
            content.deleteAll(key);
            ao.deleteWithSQL(AOSpaceGrant.class, "CONTAINER_KEY = ?", key);
            return null;
        });
        directory.removeContainer(key);
    }

    @Override
    public synchronized void grant(String spaceKey, SpaceGrant grant) {
        requireSpace(spaceKey);
        if (find(spaceKey, grant).isEmpty()) {
            ao.create(AOSpaceGrant.class, row(spaceKey, grant));
        }
        // Always: a change undone after a rolled-back transaction must leave the snapshot right too.
        directory.reload();
    }

    @Override
    public synchronized void revoke(String spaceKey, SpaceGrant grant) {
        List<AOSpaceGrant> rows = find(spaceKey, grant);
        if (!rows.isEmpty()) {
            ao.delete(rows.toArray(new AOSpaceGrant[0]));
        }
        directory.reload();
    }

    @Override
    public Set<SpaceGrant> grants(String spaceKey) {
        Set<SpaceGrant> out = new LinkedHashSet<>();
        for (AOSpaceGrant g : ao.find(AOSpaceGrant.class,
                Query.select().where("CONTAINER_KEY = ?", spaceKey).order("ID"))) {
            out.add(toGrant(g));
        }
        return out;
    }

    @Override
    public long createPage(String spaceKey, long parentId, String title, String body) {
        requireSpace(spaceKey);
        Content c = content.createPage(spaceKey, title, author(spaceKey), body, clock.instant(), null);
        Map<String, Object> row = new HashMap<>();
        row.put("CONTENT_ID", c.id());
        row.put("PARENT_ID", parentId);
        try {
            ao.create(AOPageParent.class, row);
        } catch (RuntimeException e) {
            content.deleteOne(c.id());
            throw new SpaceAdministrationException("Could not place the page " + title, e);
        }
        return c.id();
    }

    @Override
    public void updatePage(long pageId, String title, String body) {
        try {
            content.update(pageId, title, body);
        } catch (IllegalArgumentException e) {
            throw new SpaceAdministrationException("There is no page " + pageId, e);
        }
    }

    @Override
    public void restrictView(long pageId, Set<String> groups) {
        if (content.byId(pageId).isEmpty()) {
            throw new SpaceAdministrationException("There is no page " + pageId);
        }
        ao.deleteWithSQL(AOPageRestriction.class, "CONTENT_ID = ?", pageId);
        for (String g : groups) {
            Map<String, Object> row = new HashMap<>();
            row.put("CONTENT_ID", pageId);
            row.put("GROUP_NAME", g);
            ao.create(AOPageRestriction.class, row);
        }
    }

    @Override
    public List<SpacePage> pages(String spaceKey) {
        List<SpacePage> out = new ArrayList<>();
        for (Content c : content.all(spaceKey)) {
            Set<String> groups = new LinkedHashSet<>();
            for (AOPageRestriction r : ao.find(AOPageRestriction.class, Query.select().where("CONTENT_ID = ?", c.id()))) {
                groups.add(r.getGroupName());
            }
            // The standalone host has no attachments.
            out.add(new SpacePage(c.id(), c.title(), c.body(), 0, groups));
        }
        return out;
    }

    @Override
    public boolean groupExists(String group) {
        return directory.snapshot().groups().contains(group);
    }

    @Override
    public Optional<String> userKey(String username) {
        return directory.snapshot().byUsername(username).map(User::key);
    }

    @Override
    public Set<String> members(String group) {
        return directory.snapshot().membersOf(group);
    }

    @Override
    public boolean profilesVisibleTo(String group) {
        return true;
    }

    /** The pages of the tree are written as the space's first holder of every permission: its creator. */
    private String author(String spaceKey) {
        return grants(spaceKey).stream().filter(g -> g.subject() == SpaceGrant.Subject.USER).map(SpaceGrant::name)
                .findFirst().orElse("system");
    }

    private void requireSpace(String key) {
        if (!spaceExists(key)) {
            throw new SpaceAdministrationException("There is no space " + key);
        }
    }

    private List<AOSpaceGrant> find(String spaceKey, SpaceGrant g) {
        Query q = g.name() == null
                ? Query.select().where("CONTAINER_KEY = ? AND PERMISSION = ? AND SUBJECT = ? AND NAME IS NULL", spaceKey,
                        g.permission().name(), g.subject().name())
                : Query.select().where("CONTAINER_KEY = ? AND PERMISSION = ? AND SUBJECT = ? AND NAME = ?", spaceKey,
                        g.permission().name(), g.subject().name(), g.name());
        return List.of(ao.find(AOSpaceGrant.class, q));
    }

    private static Map<String, Object> row(String key, SpaceGrant g) {
        Map<String, Object> row = new HashMap<>();
        row.put("CONTAINER_KEY", key);
        row.put("PERMISSION", g.permission().name());
        row.put("SUBJECT", g.subject().name());
        if (g.name() != null) {
            row.put("NAME", g.name());
        }
        return row;
    }

    private static SpaceGrant toGrant(AOSpaceGrant g) {
        SpaceGrant.Permission p = SpaceGrant.Permission.valueOf(g.getPermission());
        switch (SpaceGrant.Subject.valueOf(g.getSubject())) {
            case GROUP: return SpaceGrant.group(p, g.getName());
            case USER: return SpaceGrant.user(p, g.getName());
            case ANONYMOUS: return SpaceGrant.anonymous(p);
            default: return SpaceGrant.authenticated(p);
        }
    }
}
