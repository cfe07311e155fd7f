package org.valuematrix.team;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.valuematrix.spi.Directory;
import org.valuematrix.support.TtlCache;

/** Resolves a person's teams from their host groups, as the admin defined teams. */
public class TeamMembership {
    private static final long TTL_MILLIS = 60_000;
    private static final int MAX_PEOPLE = 20_000;

    private final Directory directory;
    private final TeamCatalog catalog;
    private final TtlCache<String, Set<String>> groups;

    public TeamMembership(Directory directory, TeamCatalog catalog, Clock clock) {
        this.directory = directory;
        this.catalog = catalog;
        this.groups = new TtlCache<>(clock, TTL_MILLIS, MAX_PEOPLE);
    }

    /** @param userKey a user key, or null (no one) @return their teams; never null */
    public Membership of(String userKey) {
        if (userKey == null) {
            return Membership.none();
        }
        Set<String> mine = groups.get(userKey, directory::groupsOf);
        // Ingest asks twice per interaction, for every team: plain loops, no stream per team
        // (they were a sixth of the capture writer's time in the benchmark).
        List<Team> teams = null;
        for (Team team : catalog.teams()) {
            if (inAny(team.groups(), mine)) {
                if (teams == null) {
                    teams = new ArrayList<>(2);
                }
                teams.add(team);
            }
        }
        return teams == null ? Membership.none() : new Membership(teams);
    }

    /** @param userKey a user key; never null @return the host groups of the user (cached as {@link #of} caches them) */
    public Set<String> groupsOf(String userKey) {
        return groups.get(userKey, directory::groupsOf);
    }

    private static boolean inAny(List<String> groups, Set<String> mine) {
        for (String g : groups) {
            if (mine.contains(g)) {
                return true;
            }
        }
        return false;
    }

    /** Forgets cached group memberships, e.g. after teams are redefined. */
    public void invalidate() {
        groups.invalidateAll();
    }
}
