package org.valuematrix.people;

import java.util.function.Predicate;
import org.valuematrix.team.Membership;
import org.valuematrix.team.Team;
import org.valuematrix.team.TeamMembership;
import org.valuematrix.team.TeamVisibility;
import org.valuematrix.team.VisibleTeams;

/**
 * Whom a viewer may learn about by name. Internal people and administrators may find anyone.
 * Outsiders (customers and partners) may find only people whose every team they may see: the
 * internal staff and their own organisation. A person in no team, or in another customer's or
 * partner's team (even alongside an internal one), is to them someone who does not exist: user
 * search is how outsiders would otherwise discover each other.
 */
public class PeopleVisibility {
    private final TeamVisibility teams;
    private final TeamMembership membership;

    public PeopleVisibility(TeamVisibility teams, TeamMembership membership) {
        this.teams = teams;
        this.membership = membership;
    }

    /** @param viewer the viewer's user key, or null for an anonymous viewer @return which user keys the viewer may learn about */
    public Predicate<String> of(String viewer) {
        VisibleTeams visible = teams.of(viewer);
        if (!visible.isOutsiders()) {
            return key -> true;
        }
        return key -> (viewer != null && key.equals(viewer)) || visibleToOutsider(membership.of(key), visible);
    }

    private static boolean visibleToOutsider(Membership person, VisibleTeams visible) {
        if (person.teams().isEmpty()) {
            return false;
        }
        for (Team t : person.teams()) {
            if (!visible.sees(t)) {
                return false;
            }
        }
        return true;
    }
}
