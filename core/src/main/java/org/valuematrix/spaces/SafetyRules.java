package org.valuematrix.spaces;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.valuematrix.spi.SpaceAdministration;
import org.valuematrix.spi.SpaceGrant;
import org.valuematrix.team.Team;
import org.valuematrix.team.TeamCatalog;
import org.valuematrix.team.TeamKind;

/**
 * The rules no customer-facing space may break, each a refusal with its own sentence:
 * <ul>
 * <li>{@code externalPermission}: an external group never gets more than view and comment;</li>
 * <li>{@code externalIsInternal}: an external group is never the internal group or an internal
 * team's group;</li>
 * <li>{@code sharedMembers}: an external group shares no member with the internal group or an
 * internal team's group;</li>
 * <li>{@code secondOrganisation}: one customer or partner organisation per space (an
 * administrator may allow a second with a reason);</li>
 * <li>{@code anonymous}, {@code authenticated}: no anonymous and no all-signed-in-users grant
 * before the public stage (all signed-in users never: they include every customer).</li>
 * </ul>
 */
public final class SafetyRules {
    private final SpaceAdministration host;
    private final TeamCatalog teams;

    public SafetyRules(SpaceAdministration host, TeamCatalog teams) {
        this.host = host;
        this.teams = teams;
    }

    /** The groups' own rules, checked when a space is made and before each opening. */
    public List<Finding> groups(String internalGroup, List<String> externalGroups, Set<SpaceGrant> current,
            boolean secondOrganisationAllowed) {
        List<Finding> out = new ArrayList<>();
        Set<String> internal = internalGroups(internalGroup);
        Set<String> insiders = new HashSet<>();
        internal.forEach(g -> insiders.addAll(host.members(g)));
        for (String group : externalGroups) {
            if (internal.contains(group)) {
                out.add(Finding.refused("externalIsInternal", "externalGroups", group));
                continue;
            }
            Optional<String> shared = internal.stream()
                    .filter(g -> host.members(g).stream().anyMatch(host.members(group)::contains)).sorted().findFirst();
            if (shared.isPresent()) {
                out.add(Finding.refused("sharedMembers", "externalGroups", group, shared.get()));
            }
        }
        Set<String> organisations = new LinkedHashSet<>();
        externalGroups.forEach(g -> organisations.add(organisation(g)));
        for (SpaceGrant g : current) {
            if (g.subject() == SpaceGrant.Subject.GROUP && !externalGroups.contains(g.name()) && isExternalTeamGroup(g.name())) {
                organisations.add(organisation(g.name()));
            }
        }
        if (organisations.size() > 1 && !secondOrganisationAllowed) {
            List<String> orgs = new ArrayList<>(organisations);
            out.add(Finding.refused("secondOrganisation", "externalGroups", orgs.get(1), orgs.get(0)));
        }
        return out;
    }

    /** The grants' own rules, checked on every set of grants a space is about to get. */
    public static List<Finding> grants(Set<SpaceGrant> target, List<String> externalGroups, SpaceStage stage) {
        List<Finding> out = new ArrayList<>();
        for (SpaceGrant g : target) {
            if (g.subject() == SpaceGrant.Subject.GROUP && externalGroups.contains(g.name())
                    && !StagePresets.EXTERNAL.contains(g.permission())) {
                out.add(Finding.refused("externalPermission", "stage", g.name(), g.permission().name()));
            }
            if (g.subject() == SpaceGrant.Subject.AUTHENTICATED) {
                out.add(Finding.refused("authenticated", "stage"));
            }
            if (g.subject() == SpaceGrant.Subject.ANONYMOUS && stage != SpaceStage.PUBLIC) {
                out.add(Finding.refused("anonymous", "stage"));
            }
        }
        return out;
    }

    /**
     * Open access someone gave the space outside the stages (in the host's own permission screen):
     * the space does not open further while it is there.
     */
    public static List<Finding> openAccess(Set<SpaceGrant> current, SpaceStage target) {
        List<Finding> out = new ArrayList<>();
        if (target == SpaceStage.PUBLIC) {
            return out;
        }
        if (current.stream().anyMatch(g -> g.subject() == SpaceGrant.Subject.ANONYMOUS)) {
            out.add(Finding.refused("anonymous", "stage"));
        }
        if (current.stream().anyMatch(g -> g.subject() == SpaceGrant.Subject.AUTHENTICATED)) {
            out.add(Finding.refused("authenticated", "stage"));
        }
        return out;
    }

    private Set<String> internalGroups(String internalGroup) {
        Set<String> out = new LinkedHashSet<>();
        out.add(internalGroup);
        for (Team t : teams.teams()) {
            if (t.kind() == TeamKind.INTERNAL) {
                out.addAll(t.groups());
            }
        }
        return out;
    }

    private boolean isExternalTeamGroup(String group) {
        return teams.teams().stream().anyMatch(t -> t.kind().isExternal() && t.groups().contains(group));
    }

    /** A customer or partner team is an organisation; a group in no such team is one of its own. */
    private String organisation(String group) {
        return teams.teams().stream().filter(t -> t.kind().isExternal() && t.groups().contains(group))
                .map(Team::name).findFirst().orElse(group);
    }
}
