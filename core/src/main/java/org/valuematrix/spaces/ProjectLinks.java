package org.valuematrix.spaces;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.valuematrix.rest.BadRequestException;
import org.valuematrix.rest.NotFoundException;
import org.valuematrix.spi.Containers;
import org.valuematrix.spi.Messages;
import org.valuematrix.spi.ProjectAdministration;
import org.valuematrix.spi.ProjectGrant;

/**
 * Linking a project to a customer-facing space, and unlinking it. A link makes the project part of
 * the space's customer-facing setup: it names the space's external groups for the project, and the
 * space's stream reads the project's activity. Linking never changes the project's permissions by
 * itself: without {@code confirm} it answers the grants the groups would need and those they hold;
 * with it, an administrator applies exactly the missing ones (or nobody, with {@code grant:false}).
 * Moderators link only where no permission changes. Unlinking is always allowed and takes back
 * exactly what the link added. Both hold the space's row lock, and undo the host's grants when the
 * transaction fails.
 */
public class ProjectLinks {
    private static final Logger LOG = LoggerFactory.getLogger(ProjectLinks.class);
    static final String NO_PROJECT = "There is no such project.";

    private final ProjectAdministration projects;
    private final Containers containers;
    private final SpaceStore spaces;
    private final ProjectLinkStore links;
    private final SpaceAudit audit;
    private final ProjectLinkCheck check;
    private final Messages messages;
    private final Clock clock;

    @SuppressWarnings("checkstyle:ParameterNumber")
    public ProjectLinks(ProjectAdministration projects, Containers containers, SpaceStore spaces, ProjectLinkStore links,
            SpaceAudit audit, SafetyRules rules, org.valuematrix.team.TeamCatalog teams, Messages messages, Clock clock) {
        this.projects = projects;
        this.containers = containers;
        this.spaces = spaces;
        this.links = links;
        this.audit = audit;
        this.check = new ProjectLinkCheck(projects, rules, teams);
        this.messages = messages;
        this.clock = clock;
    }

    /** What a link changes (or would): the grants held, to add, and lacking, the findings, whether it happened. */
    public static final class Outcome {
        final CustomerSpace space;
        final String project;
        final List<ProjectGrant> held;
        final List<ProjectGrant> added;
        final List<ProjectGrant> missing;
        final List<Finding> findings;
        final boolean linked;
        final boolean confirmed;

        @SuppressWarnings("checkstyle:ParameterNumber")
        Outcome(CustomerSpace space, String project, List<ProjectGrant> held, List<ProjectGrant> added,
                List<ProjectGrant> missing, List<Finding> findings, boolean linked, boolean confirmed) {
            this.space = space;
            this.project = project;
            this.held = List.copyOf(held);
            this.added = List.copyOf(added);
            this.missing = List.copyOf(missing);
            this.findings = List.copyOf(findings);
            this.linked = linked;
            this.confirmed = confirmed;
        }

        public boolean refused() {
            return findings.stream().anyMatch(f -> f.level() == Finding.Level.REFUSED);
        }

        public boolean confirmed() {
            return confirmed;
        }

        public boolean linked() {
            return linked;
        }

        public List<ProjectGrant> added() {
            return added;
        }

        public List<ProjectGrant> held() {
            return held;
        }

        public List<Finding> findings() {
            return findings;
        }

        /** @return {@code {"project","linked","grants":{"held":[…],"added":[…],"missing":[…]},"findings":[…]}} */
        public Map<String, Object> toMap(Messages messages) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("project", project);
            m.put("linked", linked);
            Map<String, Object> grants = new LinkedHashMap<>();
            grants.put("held", grantsJson(held));
            grants.put("added", grantsJson(added));
            grants.put("missing", grantsJson(missing));
            m.put("grants", grants);
            List<Map<String, Object>> f = new ArrayList<>();
            findings.forEach(x -> f.add(x.toMap(messages)));
            m.put("findings", f);
            return m;
        }
    }

    /**
     * Previews or makes a link. The caller must moderate the space or be an administrator, and may
     * see the project.
     *
     * @throws NotFoundException for an unknown space, or a project unknown or hidden to the caller
     * @throws SpaceRefusedException 403 for a caller who may not, 409 when the project is already
     *     linked or the host has no projects
     */
    public Outcome link(String spaceKey, String user, boolean admin, ProjectLinkRequest request) {
        if (request.project == null || request.project.isBlank() || request.project.length() > 255) {
            throw BadRequestException.of("project", messages.text("vm.spaces.link.invalid.project"));
        }
        if (request.confirm && (request.reason == null || request.reason.isBlank())) {
            throw BadRequestException.of("reason", messages.text("vm.spaces.link.invalid.reasonRequired"));
        }
        CustomerSpace before = spaces.space(spaceKey).orElseThrow(() -> new NotFoundException("no such space"));
        requireModerator(before, user, admin);
        requireProject(request.project, user, admin);
        requireUnlinked(request.project, spaceKey);
        if (!request.confirm) {
            return check.evaluate(before, request.project, admin, request.grant, false);
        }
        Deque<Runnable> undo = new ArrayDeque<>();
        try {
            return spaces.locked(spaceKey, locked -> {
                CustomerSpace space = locked.space();
                requireModerator(space, user, admin);
                requireUnlinked(request.project, spaceKey);
                Outcome o = check.evaluate(space, request.project, admin, request.grant, true);
                if (o.refused()) {
                    return o;
                }
                for (ProjectGrant g : o.added) {
                    projects.grant(request.project, g);
                    undo.push(() -> projects.revoke(request.project, g));
                }
                links.add(new ProjectLink(spaceKey, request.project, space.externalGroups(), o.added, user,
                        clock.instant()), request.reason.trim());
                audit.record(spaceKey, user, SpaceAudit.PROJECT_LINKED, space.stage(), space.stage(),
                        request.reason.trim(), text(request.project, '+', o.added));
                return new Outcome(space, request.project, o.held, o.added, o.missing, o.findings, true, true);
            }).orElseThrow(() -> new NotFoundException("no such space"));
        } catch (RuntimeException e) {
            undo(undo, spaceKey);
            throw e;
        }
    }

    /**
     * Unlinks a project, taking back the grants the link added (nothing else). Moderators and
     * administrators, always allowed.
     *
     * @return the grants taken back
     * @throws NotFoundException when the project is not linked to the space
     */
    public List<ProjectGrant> unlink(String spaceKey, String projectKey, String user, boolean admin, String reason) {
        if (reason == null || reason.isBlank()) {
            throw BadRequestException.of("reason", messages.text("vm.spaces.link.invalid.reasonRequired"));
        }
        CustomerSpace before = spaces.space(spaceKey).orElseThrow(() -> new NotFoundException("no such space"));
        requireModerator(before, user, admin);
        Deque<Runnable> undo = new ArrayDeque<>();
        try {
            return spaces.locked(spaceKey, locked -> {
                CustomerSpace space = locked.space();
                ProjectLink link = links.byProject(projectKey).filter(l -> l.spaceKey().equals(spaceKey))
                        .orElseThrow(() -> new NotFoundException(NO_PROJECT));
                for (ProjectGrant g : link.addedGrants()) {
                    projects.revoke(projectKey, g);
                    undo.push(() -> projects.grant(projectKey, g));
                }
                links.remove(spaceKey, projectKey);
                audit.record(spaceKey, user, SpaceAudit.PROJECT_UNLINKED, space.stage(), space.stage(), reason.trim(),
                        text(projectKey, '-', link.addedGrants()));
                return link.addedGrants();
            }).orElseThrow(() -> new NotFoundException("no such space"));
        } catch (RuntimeException e) {
            undo(undo, spaceKey);
            throw e;
        }
    }

    /** @return the space's links, those of projects the viewer may see; group names for moderators only */
    public List<Map<String, Object>> list(CustomerSpace space, String viewer, boolean admin) {
        java.util.Set<String> visible = containers.visibleTo(viewer);
        boolean moderator = admin || space.moderators().contains(viewer);
        List<Map<String, Object>> out = new ArrayList<>();
        for (ProjectLink l : links.of(space.key())) {
            if (!visible.contains(l.projectKey()) && !admin) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("project", l.projectKey());
            containers.byKey(l.projectKey()).ifPresent(c -> {
                m.put("name", c.name());
                m.put("url", c.url());
            });
            m.putIfAbsent("name", l.projectKey());
            m.put("linkedAt", l.linkedAt().toString());
            if (moderator) {
                m.put("externalGroups", l.externalGroups());
                m.put("addedGrants", grantsJson(l.addedGrants()));
            }
            out.add(m);
        }
        return out;
    }

    public boolean available() {
        return projects.available();
    }

    private void requireProject(String project, String user, boolean admin) {
        if (!projects.available()) {
            throw new SpaceRefusedException(409, List.of(Finding.link(Finding.Level.REFUSED, "unavailable", "project")));
        }
        boolean visible = admin ? projects.projectExists(project)
                : containers.visibleTo(user).contains(project) && projects.projectExists(project);
        if (!visible) {
            throw new NotFoundException(NO_PROJECT);
        }
    }

    private void requireUnlinked(String project, String spaceKey) {
        links.byProject(project).ifPresent(l -> {
            throw new SpaceRefusedException(409, List.of(Finding.link(Finding.Level.REFUSED,
                    l.spaceKey().equals(spaceKey) ? "linkedHere" : "linkedElsewhere", "project", project)));
        });
    }

    private static void requireModerator(CustomerSpace space, String user, boolean admin) {
        if (!admin && !space.moderators().contains(user)) {
            throw new SpaceRefusedException(403, List.of(Finding.link(Finding.Level.REFUSED, "moderatorsOnly", "project")));
        }
    }

    /** The audit's text: the project, then one grant a line. */
    static String text(String project, char sign, List<ProjectGrant> grants) {
        StringBuilder sb = new StringBuilder("project:").append(project).append('\n');
        grants.forEach(g -> sb.append(sign).append(g).append('\n'));
        return sb.toString();
    }

    static void undo(Deque<Runnable> undo, String spaceKey) {
        while (!undo.isEmpty()) {
            try {
                undo.pop().run();
            } catch (RuntimeException e) {
                LOG.error("Could not undo a project permission change of a link of {}", spaceKey, e);
            }
        }
    }

    /** @return {@code [{"permission","group"}…]} */
    public static List<Map<String, Object>> grantsJson(List<ProjectGrant> grants) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ProjectGrant g : grants) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("permission", g.permission());
            m.put("group", g.group());
            out.add(m);
        }
        return out;
    }
}
