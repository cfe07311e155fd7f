package org.valuematrix.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.valuematrix.spi.Container;
import org.valuematrix.spi.Containers;
import org.valuematrix.spi.Directory;

/**
 * Spaces and projects in memory, each viewable by members of its view groups (as the
 * directory says). Counts {@link #visibleTo} calls so tests can check it is asked once per
 * request, not per item.
 */
public final class InMemoryContainers implements Containers {
    private final Directory directory;
    private final Map<String, Container> containers = new LinkedHashMap<>();
    private final Map<String, Set<String>> viewGroups = new LinkedHashMap<>();
    private final AtomicInteger visibleCalls = new AtomicInteger();

    public InMemoryContainers(Directory directory) {
        this.directory = directory;
    }

    /** Adds a Confluence space viewable by the given groups, at {@code /display/KEY}. */
    public InMemoryContainers space(String key, String name, String... groups) {
        return add(new Container(key, name, "confluence", "/display/" + key), groups);
    }

    /** Adds a Jira project viewable by the given groups, at {@code /browse/KEY}. */
    public InMemoryContainers project(String key, String name, String... groups) {
        return add(new Container(key, name, "jira", "/browse/" + key), groups);
    }

    public synchronized InMemoryContainers add(Container container, String... groups) {
        containers.put(container.key(), container);
        viewGroups.put(container.key(), new LinkedHashSet<>(List.of(groups)));
        return this;
    }

    /** Lets a group view the container too (a host that grants browse on a project). */
    public synchronized void allow(String key, String group) {
        viewGroups.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(group);
    }

    /** Takes a group's view of the container away. */
    public synchronized void disallow(String key, String group) {
        viewGroups.getOrDefault(key, new LinkedHashSet<>()).remove(group);
    }

    @Override
    public synchronized List<Container> all() {
        return new ArrayList<>(containers.values());
    }

    @Override
    public synchronized Optional<Container> byKey(String key) {
        return Optional.ofNullable(containers.get(key));
    }

    @Override
    public synchronized Set<String> visibleTo(String userKey) {
        visibleCalls.incrementAndGet();
        if (userKey == null) {
            return Set.of();
        }
        Set<String> mine = directory.groupsOf(userKey);
        Set<String> out = new LinkedHashSet<>();
        viewGroups.forEach((key, groups) -> {
            if (groups.stream().anyMatch(mine::contains)) {
                out.add(key);
            }
        });
        return out;
    }

    public int visibleToCalls() {
        return visibleCalls.get();
    }
}
