package org.valuematrix.team;

import java.util.List;
import java.util.Objects;

/**
 * A silo: a named set of people defined by host groups. A person's home team is the first
 * team, in {@link #position()} order, whose groups they belong to.
 */
public final class Team {
    private final String key;
    private final String name;
    private final TeamKind kind;
    private final List<String> groups;
    private final int position;

    public Team(String key, String name, TeamKind kind, List<String> groups, int position) {
        this.key = Objects.requireNonNull(key, "key");
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.groups = List.copyOf(groups);
        this.position = position;
    }

    public String key() {
        return key;
    }

    public String name() {
        return name;
    }

    public TeamKind kind() {
        return kind;
    }

    public List<String> groups() {
        return groups;
    }

    public int position() {
        return position;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Team)) {
            return false;
        }
        Team t = (Team) o;
        return key.equals(t.key) && name.equals(t.name) && kind == t.kind && groups.equals(t.groups)
                && position == t.position;
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, name, kind, groups, position);
    }

    @Override
    public String toString() {
        return "Team[" + key + "," + kind.wire() + "," + groups + "]";
    }
}
