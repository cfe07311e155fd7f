package org.valuematrix.testing;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.valuematrix.spi.Directory;
import org.valuematrix.spi.Person;

/** A host directory in memory: people with display names, their groups, and administrators. */
public final class InMemoryDirectory implements Directory {
    private final Map<String, Person> people = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> groups = new ConcurrentHashMap<>();
    private final Set<String> admins = ConcurrentHashMap.newKeySet();

    /** Adds (or replaces) a person; the display name defaults to the key when null. */
    public InMemoryDirectory user(String key, String displayName, String... groupNames) {
        people.put(key, new Person(key, displayName));
        groups.put(key, new LinkedHashSet<>(Set.of(groupNames)));
        return this;
    }

    /** Adds a person whose display name is their key. */
    public InMemoryDirectory user(String key) {
        return user(key, key);
    }

    public InMemoryDirectory addToGroups(String key, String... groupNames) {
        groups.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(Set.of(groupNames));
        return this;
    }

    public InMemoryDirectory admin(String key) {
        if (!people.containsKey(key)) {
            user(key, key);
        }
        admins.add(key);
        return this;
    }

    @Override
    public Optional<Person> person(String userKey) {
        return Optional.ofNullable(people.get(userKey));
    }

    @Override
    public Set<String> groupsOf(String userKey) {
        return Set.copyOf(groups.getOrDefault(userKey, Set.of()));
    }

    @Override
    public Set<String> membersOf(String group) {
        Set<String> out = new LinkedHashSet<>();
        groups.forEach((user, mine) -> {
            if (mine.contains(group)) {
                out.add(user);
            }
        });
        return out;
    }

    @Override
    public boolean isAdmin(String userKey) {
        return userKey != null && admins.contains(userKey);
    }

    /** @return every person's key with their groups, for assertions */
    public Map<String, Set<String>> memberships() {
        return new LinkedHashMap<>(groups);
    }
}
