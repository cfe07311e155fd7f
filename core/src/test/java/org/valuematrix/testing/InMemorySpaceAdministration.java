package org.valuematrix.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.valuematrix.spi.Directory;
import org.valuematrix.spi.SpaceAdministration;
import org.valuematrix.spi.SpaceAdministrationException;
import org.valuematrix.spi.SpaceGrant;
import org.valuematrix.spi.SpacePage;

/**
 * A host's spaces in memory, shared by every node of a test cluster: as Confluence does, a private
 * space starts with every space permission for its creator. A test can make the n-th call of a
 * method fail, to see that a change leaves nothing behind.
 */
public final class InMemorySpaceAdministration implements SpaceAdministration {
    private final Directory directory;
    private final Map<String, Set<SpaceGrant>> grants = new LinkedHashMap<>();
    private final Map<Long, Page> pages = new LinkedHashMap<>();
    private final Set<String> profileGroups = new HashSet<>();
    private final AtomicLong ids = new AtomicLong(100);
    private final Map<String, AtomicInteger> calls = new HashMap<>();
    private final Map<String, Integer> failures = new HashMap<>();
    private final AtomicInteger changes = new AtomicInteger();

    /** A page as this host keeps it; tests change attachments and bodies directly. */
    public static final class Page {
        public final long id;
        public final String space;
        public final long parent;
        public String title;
        public String body;
        public int attachments;
        public Set<String> viewGroups = Set.of();

        Page(long id, String space, long parent, String title, String body) {
            this.id = id;
            this.space = space;
            this.parent = parent;
            this.title = title;
            this.body = body;
        }
    }

    public InMemorySpaceAdministration(Directory directory) {
        this.directory = directory;
    }

    /** The {@code nth} call (from 1) of {@code method} from now on throws. */
    public synchronized InMemorySpaceAdministration failOn(String method, int nth) {
        calls.put(method, new AtomicInteger());
        failures.put(method, nth);
        return this;
    }

    public synchronized void profilesVisible(String group) {
        profileGroups.add(group);
    }

    /** @return how many grants and revocations changed something, ever */
    public int changes() {
        return changes.get();
    }

    private synchronized void call(String method) {
        Integer nth = failures.get(method);
        if (nth != null && calls.get(method).incrementAndGet() == nth) {
            failures.remove(method);
            throw new SpaceAdministrationException("injected failure of " + method);
        }
    }

    @Override
    public synchronized boolean spaceExists(String key) {
        return grants.containsKey(key);
    }

    @Override
    public synchronized long createPrivateSpace(String key, String name, String creatorKey) {
        call("createPrivateSpace");
        if (grants.containsKey(key)) {
            throw new SpaceAdministrationException("key in use");
        }
        Set<SpaceGrant> g = new LinkedHashSet<>();
        for (SpaceGrant.Permission p : SpaceGrant.Permission.values()) {
            g.add(SpaceGrant.user(p, creatorKey));
        }
        grants.put(key, g);
        long id = ids.incrementAndGet();
        pages.put(id, new Page(id, key, 0, name, ""));
        return id;
    }

    @Override
    public synchronized void removeSpace(String key) {
        call("removeSpace");
        grants.remove(key);
        pages.values().removeIf(p -> p.space.equals(key));
    }

    @Override
    public synchronized void grant(String spaceKey, SpaceGrant grant) {
        call("grant");
        if (space(spaceKey).add(grant)) {
            changes.incrementAndGet();
        }
    }

    @Override
    public synchronized void revoke(String spaceKey, SpaceGrant grant) {
        call("revoke");
        if (space(spaceKey).remove(grant)) {
            changes.incrementAndGet();
        }
    }

    @Override
    public synchronized Set<SpaceGrant> grants(String spaceKey) {
        return Set.copyOf(grants.getOrDefault(spaceKey, Set.of()));
    }

    @Override
    public synchronized long createPage(String spaceKey, long parentId, String title, String body) {
        call("createPage");
        space(spaceKey);
        long id = ids.incrementAndGet();
        pages.put(id, new Page(id, spaceKey, parentId, title, body));
        return id;
    }

    @Override
    public synchronized void updatePage(long pageId, String title, String body) {
        call("updatePage");
        Page p = page(pageId);
        p.title = title;
        p.body = body;
    }

    @Override
    public synchronized void restrictView(long pageId, Set<String> groups) {
        call("restrictView");
        page(pageId).viewGroups = Set.copyOf(groups);
    }

    @Override
    public synchronized List<SpacePage> pages(String spaceKey) {
        List<SpacePage> out = new ArrayList<>();
        for (Page p : pages.values()) {
            if (p.space.equals(spaceKey)) {
                out.add(new SpacePage(p.id, p.title, p.body, p.attachments, p.viewGroups));
            }
        }
        return out;
    }

    /** @return the space's pages as this host keeps them, in creation order */
    public synchronized List<Page> rawPages(String spaceKey) {
        List<Page> out = new ArrayList<>();
        pages.values().stream().filter(p -> p.space.equals(spaceKey)).forEach(out::add);
        return out;
    }

    public synchronized int pageCount() {
        return pages.size();
    }

    public synchronized int spaceCount() {
        return grants.size();
    }

    @Override
    public boolean groupExists(String group) {
        return !directory.membersOf(group).isEmpty();
    }

    @Override
    public Optional<String> userKey(String username) {
        return directory.person(username).map(p -> p.key());
    }

    @Override
    public Set<String> members(String group) {
        return directory.membersOf(group);
    }

    @Override
    public synchronized boolean profilesVisibleTo(String group) {
        return profileGroups.contains(group);
    }

    private Set<SpaceGrant> space(String key) {
        Set<SpaceGrant> g = grants.get(key);
        if (g == null) {
            throw new SpaceAdministrationException("no space " + key);
        }
        return g;
    }

    private Page page(long id) {
        Page p = pages.get(id);
        if (p == null) {
            throw new SpaceAdministrationException("no page " + id);
        }
        return p;
    }
}
