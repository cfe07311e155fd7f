package org.valuematrix.team;

import java.util.List;
import java.util.Optional;

/** The teams a person belongs to, in the admin's order; the first is the home team. */
public final class Membership {
    private static final Membership NONE = new Membership(List.of());

    private final List<Team> teams;

    public Membership(List<Team> teams) {
        this.teams = List.copyOf(teams);
    }

    public static Membership none() {
        return NONE;
    }

    public List<Team> teams() {
        return teams;
    }

    public Optional<Team> home() {
        return teams.isEmpty() ? Optional.empty() : Optional.of(teams.get(0));
    }

    /** @return true when any of the person's teams is a customer or partner team */
    public boolean isExternal() {
        return teams.stream().anyMatch(t -> t.kind().isExternal());
    }
}
