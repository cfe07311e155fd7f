package org.valuematrix.standalone.directory;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A person of the embedded directory. The password hash never leaves the directory package's stores. */
public final class User {
    private final String key;
    private final String username;
    private final String displayName;
    private final String passwordHash;
    private final List<String> groups;
    private final ZoneId zone;

    public User(String key, String username, String displayName, String passwordHash, List<String> groups) {
        this(key, username, displayName, passwordHash, groups, null);
    }

    /** @param zone the zone the person reads times in, or null for the host's */
    public User(String key, String username, String displayName, String passwordHash, List<String> groups,
            ZoneId zone) {
        this.key = Objects.requireNonNull(key, "key");
        this.username = Objects.requireNonNull(username, "username");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.groups = List.copyOf(groups);
        this.zone = zone;
    }

    /** @return the zone the person reads times in; empty for the host's */
    public Optional<ZoneId> zone() {
        return Optional.ofNullable(zone);
    }

    public String key() {
        return key;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    /** @return the user's groups, in the order they were given */
    public List<String> groups() {
        return groups;
    }

    @Override
    public String toString() {
        return username + " (" + key + ")";
    }
}
