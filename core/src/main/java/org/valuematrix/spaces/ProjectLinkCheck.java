package org.valuematrix.spaces;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.valuematrix.spi.ProjectAdministration;
import org.valuematrix.spi.ProjectGrant;
import org.valuematrix.team.Team;
import org.valuematrix.team.TeamCatalog;

/**
 * What linking a project to a space needs and whether it may happen: the grants the space's
 * external groups need on the project (browse and add comments, nothing more), those they already
 * hold, and the findings. The safety rules of the spaces apply to the same groups; on the project
 * itself an external group may hold nothing beyond browse and comment, and no other organisation's
 * group anything at all.
 */
final class ProjectLinkCheck {
    static final List<String> EXTERNAL = List.of(ProjectGrant.BROWSE_PROJECTS, ProjectGrant.ADD_COMMENTS);

    private final ProjectAdministration projects;
    private final SafetyRules rules;
    private final TeamCatalog teams;

    ProjectLinkCheck(ProjectAdministration projects, SafetyRules rules, TeamCatalog teams) {
        this.projects = projects;
        this.rules = rules;
        this.teams = teams;
    }

    /** What a link of the project would change, and the findings, for this caller and choice. */
    ProjectLinks.Outcome evaluate(CustomerSpace space, String project, boolean admin, boolean grant, boolean confirm) {
        Set<ProjectGrant> current = projects.grants(project);
        Set<ProjectGrant> needed = new LinkedHashSet<>();
        for (String group : space.externalGroups()) {
            EXTERNAL.forEach(p -> needed.add(new ProjectGrant(group, p)));
        }
        List<ProjectGrant> held = new ArrayList<>();
        List<ProjectGrant> missing = new ArrayList<>();
        needed.forEach(g -> (current.contains(g) ? held : missing).add(g));
        List<Finding> findings = new ArrayList<>(rules.groups(space.internalGroup(), space.externalGroups(), Set.of(),
                true));
        findings.addAll(projectGrants(space, project, current));
        if (!missing.isEmpty() && grant) {
            if (space.stage() == SpaceStage.REHEARSAL) {
                findings.add(Finding.link(Finding.Level.REFUSED, "rehearsal", "grant", project));
            }
            if (!admin) {
                findings.add(Finding.link(Finding.Level.REFUSED, "adminConfirms", "grant", project));
            }
            if (!projects.ownPermissions(project)) {
                findings.add(Finding.link(Finding.Level.REFUSED, "sharedPermissions", "grant", project));
            }
        } else if (!missing.isEmpty()) {
            findings.add(Finding.link(Finding.Level.WARNING, "notGranted", "grant", project));
        } else {
            findings.add(Finding.link(Finding.Level.PASSED, "hasAccess", null, project));
        }
        findings.add(owner(space, project));
        return new ProjectLinks.Outcome(space, project, held, grant ? missing : List.of(), missing, findings, false,
                confirm);
    }

    /** External groups on the project: the space's may hold browse and comment only, others nothing. */
    private List<Finding> projectGrants(CustomerSpace space, String project, Set<ProjectGrant> current) {
        List<Finding> out = new ArrayList<>();
        List<ProjectGrant> sorted = new ArrayList<>(current);
        sorted.sort(java.util.Comparator.comparing(ProjectGrant::toString));
        for (ProjectGrant g : sorted) {
            if (space.externalGroups().contains(g.group())) {
                if (!EXTERNAL.contains(g.permission())) {
                    out.add(Finding.link(Finding.Level.REFUSED, "tooMuch", "project", g.group(), g.permission(),
                            project));
                }
            } else if (externalTeam(g.group()).filter(t -> !ownOrganisation(space, t)).isPresent()) {
                out.add(Finding.link(Finding.Level.REFUSED, "otherOrganisation", "project", g.group(), project));
            }
        }
        return out;
    }

    private Finding owner(CustomerSpace space, String project) {
        Optional<Team> owner = teams.owner(project);
        if (owner.isEmpty()) {
            return Finding.link(Finding.Level.WARNING, "noOwner", null, project);
        }
        if (!owner.get().key().equals(space.team())) {
            String spaceTeam = teams.team(space.team()).map(Team::name).orElse(space.team());
            return Finding.link(Finding.Level.WARNING, "otherOwner", null, project, owner.get().name(), spaceTeam);
        }
        return Finding.link(Finding.Level.PASSED, "owner", null, project, owner.get().name());
    }

    private Optional<Team> externalTeam(String group) {
        return teams.teams().stream().filter(t -> t.kind().isExternal() && t.groups().contains(group)).findFirst();
    }

    private static boolean ownOrganisation(CustomerSpace space, Team team) {
        return team.groups().stream().anyMatch(space.externalGroups()::contains);
    }
}
