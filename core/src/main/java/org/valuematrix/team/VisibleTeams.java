package org.valuematrix.team;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The teams one viewer may see named, as {@link TeamVisibility} decided for them. Anything that
 * names a team to a viewer (the teams list, filter options, stream entries, host pages) asks
 * this, and a team it does not contain is, to that viewer, a team that does not exist.
 */
public final class VisibleTeams {
    private final List<Team> catalog;
    private final boolean restricted;
    private final Set<String> own;
    private final boolean groups;

    private VisibleTeams(List<Team> catalog, boolean restricted, Set<String> own, boolean groups) {
        this.catalog = catalog;
        this.restricted = restricted;
        this.own = Set.copyOf(own);
        this.groups = groups;
    }

    /** Every team, and whether the viewer also sees the host groups that define them. */
    static VisibleTeams everything(List<Team> catalog, boolean groups) {
        return new VisibleTeams(catalog, false, Set.of(), groups);
    }

    /** Internal teams and the outsider's own customer or partner teams; never groups. */
    static VisibleTeams outsider(List<Team> catalog, Set<String> ownTeams) {
        return new VisibleTeams(catalog, true, ownTeams, false);
    }

    /**
     * @return whether this is an outsider's view (a customer's or partner's, or an anonymous
     *     viewer's): only internal teams and their own organisation's
     */
    public boolean isOutsiders() {
        return restricted;
    }

    /** @return whether the viewer may see the host groups a team is made of */
    public boolean showsGroups() {
        return groups;
    }

    /** @return whether the viewer may see this team (judged on its kind now) */
    public boolean sees(Team team) {
        return !restricted || !team.kind().isExternal() || own.contains(team.key());
    }

    /** @return the teams the viewer may see, in the admin's order */
    public List<Team> teams() {
        List<Team> out = new ArrayList<>(catalog.size());
        for (Team t : catalog) {
            if (sees(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** @return the team with this key, if it exists and the viewer may see it */
    public Optional<Team> team(String key) {
        for (Team t : catalog) {
            if (t.key().equals(key)) {
                return sees(t) ? Optional.of(t) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** @return whether a team with this key exists and the viewer may see it (a filter may name it) */
    public boolean contains(String key) {
        return team(key).isPresent();
    }

    /**
     * Whether a team key stored with an event may be shown. Outsiders see only teams they may see
     * now; anyone else also sees the keys of teams deleted since.
     */
    public boolean mayName(String key) {
        return !restricted || contains(key);
    }
}
