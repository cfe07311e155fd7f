package org.valuematrix.testing;

import java.util.List;
import org.valuematrix.team.Team;
import org.valuematrix.team.TeamKind;

/** Test data for teams; the team's position is its place in the admin's order. */
public final class Teams {
    private Teams() {
    }

    public static Team internal(String key, int position, String... groups) {
        return new Team(key, key.toUpperCase(java.util.Locale.ROOT), TeamKind.INTERNAL, List.of(groups), position);
    }

    public static Team customer(String key, int position, String... groups) {
        return new Team(key, key.toUpperCase(java.util.Locale.ROOT), TeamKind.CUSTOMER, List.of(groups), position);
    }

    public static Team partner(String key, int position, String... groups) {
        return new Team(key, key.toUpperCase(java.util.Locale.ROOT), TeamKind.PARTNER, List.of(groups), position);
    }
}
