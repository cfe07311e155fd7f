package org.valuematrix.standalone.directory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The whole embedded directory, immutable and indexed for the hot questions: who is this key,
 * which groups, which containers may this user view.
 */
public final class DirectorySnapshot {
    public static final String ADMIN_GROUP = "administrators";

    private final Map<String, User> byKey = new LinkedHashMap<>();
    private final Map<String, User> byUsername = new LinkedHashMap<>();
    private final Map<String, Set<String>> members = new LinkedHashMap<>();
    private final Map<String, DirectoryContainer> containers = new LinkedHashMap<>();

    public DirectorySnapshot(List<User> users, List<DirectoryContainer> containers) {
        for (User u : users) {
            byKey.put(u.key(), u);
            byUsername.put(u.username(), u);
            for (String g : u.groups()) {
                members.computeIfAbsent(g, k -> new LinkedHashSet<>()).add(u.key());
            }
        }
        for (DirectoryContainer c : containers) {
            this.containers.put(c.key(), c);
        }
    }

    public static DirectorySnapshot empty() {
        return new DirectorySnapshot(List.of(), List.of());
    }

    public List<User> users() {
        return List.copyOf(byKey.values());
    }

    public Optional<User> user(String key) {
        return Optional.ofNullable(key == null ? null : byKey.get(key));
    }

    public Optional<User> byUsername(String username) {
        return Optional.ofNullable(username == null ? null : byUsername.get(username));
    }

    public Set<String> membersOf(String group) {
        return Collections.unmodifiableSet(members.getOrDefault(group, Set.of()));
    }

    /** @return every group that has a member or guards a container, sorted by first appearance */
    public Set<String> groups() {
        Set<String> all = new LinkedHashSet<>(members.keySet());
        containers.values().forEach(c -> all.addAll(c.viewGroups()));
        return all;
    }

    public List<DirectoryContainer> containers() {
        return List.copyOf(containers.values());
    }

    public Optional<DirectoryContainer> container(String key) {
        return Optional.ofNullable(key == null ? null : containers.get(key));
    }

    public boolean isAdmin(String userKey) {
        return user(userKey).map(u -> u.groups().contains(ADMIN_GROUP)).orElse(false);
    }

    /** @return keys of the containers at least one of the user's groups may view */
    public Set<String> visibleTo(String userKey) {
        Optional<User> user = user(userKey);
        if (user.isEmpty()) {
            return Set.of();
        }
        Set<String> mine = Set.copyOf(user.get().groups());
        Set<String> visible = new LinkedHashSet<>();
        for (DirectoryContainer c : containers.values()) {
            if (c.viewGroups().stream().anyMatch(mine::contains) || c.viewUsers().contains(userKey)) {
                visible.add(c.key());
            }
        }
        return Collections.unmodifiableSet(visible);
    }

    public boolean canView(String userKey, String containerKey) {
        return visibleTo(userKey).contains(containerKey);
    }
}
