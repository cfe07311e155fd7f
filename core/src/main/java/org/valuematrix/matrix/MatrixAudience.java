package org.valuematrix.matrix;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.valuematrix.rest.ForbiddenException;
import org.valuematrix.rest.NotAuthenticatedException;
import org.valuematrix.spi.Containers;
import org.valuematrix.spi.Directory;
import org.valuematrix.team.Membership;
import org.valuematrix.team.Team;
import org.valuematrix.team.TeamCatalog;
import org.valuematrix.team.TeamKind;
import org.valuematrix.team.TeamMembership;
import org.valuematrix.team.TeamVisibility;

/**
 * Which units of the matrix a viewer sees, and from which containers (value-matrix.md, "Who sees
 * what" and "Privacy"): administrators and the viewer group see every team, from every
 * container; other internal people see the organisation and their own internal teams of at least
 * the minimum size, counted only from containers they may view in the stream; customers,
 * partners and anonymous callers never see the matrix.
 */
public class MatrixAudience {
    private final TeamVisibility visibility;
    private final TeamMembership membership;
    private final TeamCatalog catalog;
    private final Directory directory;
    private final Containers containers;

    public MatrixAudience(TeamVisibility visibility, TeamMembership membership, TeamCatalog catalog,
            Directory directory, Containers containers) {
        this.visibility = visibility;
        this.membership = membership;
        this.catalog = catalog;
        this.directory = directory;
        this.containers = containers;
    }

    /** What one viewer may see of the matrix. */
    public static final class View {
        private final boolean everything;
        private final List<Team> teams;
        private final Set<String> containers;

        View(boolean everything, List<Team> teams, Set<String> containers) {
            this.everything = everything;
            this.teams = List.copyOf(teams);
            this.containers = containers;
        }

        /** @return whether the viewer sees what administrators see */
        public boolean everything() {
            return everything;
        }

        /** @return the teams shown besides the organisation, in the administrators' team order */
        public List<Team> teams() {
            return teams;
        }

        public Optional<Team> team(String key) {
            return teams.stream().filter(t -> t.key().equals(key)).findFirst();
        }

        /** @return the containers counted, or null for every container */
        public Set<String> containers() {
            return containers;
        }
    }

    /**
     * @param viewer the caller's user key, or null when anonymous
     * @throws NotAuthenticatedException for an anonymous caller
     * @throws ForbiddenException for a customer or partner
     */
    public View of(String viewer, MatrixSettings settings) {
        if (viewer == null) {
            throw new NotAuthenticatedException("anonymous");
        }
        if (visibility.of(viewer).showsGroups()
                || settings.viewerGroup().filter(g -> membership.groupsOf(viewer).contains(g)).isPresent()) {
            return new View(true, catalog.teams(), null);
        }
        Membership mine = membership.of(viewer);
        if (mine.isExternal()) {
            throw new ForbiddenException("The value matrix is open to the organisation's own people only.");
        }
        List<Team> own = new ArrayList<>();
        for (Team t : mine.teams()) {
            if (t.kind() == TeamKind.INTERNAL && members(t).size() >= settings.minimumTeamSize()) {
                own.add(t);
            }
        }
        return new View(false, own, containers.visibleTo(viewer));
    }

    /**
     * @return the team's name, for the other side of a team-to-team pair: a viewer of the matrix
     *     is internal, and internal people see every team's name ({@link TeamVisibility})
     */
    public Optional<String> name(String teamKey) {
        return catalog.teams().stream().filter(t -> t.key().equals(teamKey)).map(Team::name).findFirst();
    }

    /**
     * @return whether the team's numbers may be shown beside a viewer's own team: it has at least
     *     the minimum team size (value-matrix.md, "Privacy"; a smaller team's figures are for
     *     administrators only)
     */
    public boolean shownToOthers(String teamKey, MatrixSettings settings) {
        return catalog.teams().stream().filter(t -> t.key().equals(teamKey)).findFirst()
                .map(t -> members(t).size() >= settings.minimumTeamSize()).orElse(false);
    }

    /** @return the people in the team's host groups now */
    public Set<String> members(Team team) {
        Set<String> people = new LinkedHashSet<>();
        for (String group : team.groups()) {
            people.addAll(directory.membersOf(group));
        }
        return people;
    }

    /** @return the people of every internal team now: the organisation's members */
    public Set<String> organisationMembers() {
        Set<String> people = new LinkedHashSet<>();
        for (Team t : catalog.teams()) {
            if (t.kind() == TeamKind.INTERNAL) {
                people.addAll(members(t));
            }
        }
        return people;
    }
}
