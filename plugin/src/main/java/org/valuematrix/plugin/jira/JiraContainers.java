package org.valuematrix.plugin.jira;

import com.atlassian.jira.permission.PermissionSchemeEntry;
import com.atlassian.jira.permission.PermissionSchemeManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleActors;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.security.roles.RoleActor;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.valuematrix.spi.Container;
import org.valuematrix.spi.Containers;

/**
 * Jira projects as containers; visible means Browse Projects, asked of Jira in one call. A group
 * may view a project when its permission scheme grants Browse Projects to the group, or to a
 * project role the group is an actor of in that project.
 */
public class JiraContainers implements Containers {
    private static final Logger LOG = LoggerFactory.getLogger(JiraContainers.class);
    /** Holder types of permission scheme grants, as Jira stores them. */
    static final String GROUP = "group";
    static final String PROJECT_ROLE = "projectrole";
    /** {@code ProjectRoleActor.GROUP_ROLE_ACTOR_TYPE}. */
    static final String GROUP_ACTOR = "atlassian-group-role-actor";

    private final ProjectManager projects;
    private final PermissionManager permissions;
    private final UserManager users;
    private final Supplier<PermissionSchemeManager> schemes;
    private final Supplier<ProjectRoleManager> roles;

    /**
     * @param schemes Jira's permission scheme manager, looked up when first needed: the Containers
     *     page's suggestions must not keep the plugin from starting on a Jira that publishes none
     * @param roles the project role manager, likewise
     */
    public JiraContainers(ProjectManager projects, PermissionManager permissions, UserManager users,
            Supplier<PermissionSchemeManager> schemes, Supplier<ProjectRoleManager> roles) {
        this.projects = projects;
        this.permissions = permissions;
        this.users = users;
        this.schemes = schemes;
        this.roles = roles;
    }

    @Override
    public List<Container> all() {
        List<Container> out = new ArrayList<>();
        for (Project project : projects.getProjects()) {
            out.add(container(project));
        }
        return out;
    }

    @Override
    public Optional<Container> byKey(String key) {
        return Optional.ofNullable(projects.getProjectObjByKey(key)).map(JiraContainers::container);
    }

    /** An anonymous viewer is a null user, which Jira answers with the publicly browsable projects. */
    @Override
    public Set<String> visibleTo(String userKey) {
        ApplicationUser user = userKey == null ? null : users.getUserByKey(userKey);
        if (userKey != null && user == null) {
            return Set.of();
        }
        Collection<Project> visible = permissions.getProjects(ProjectPermissions.BROWSE_PROJECTS, user);
        Set<String> keys = new LinkedHashSet<>();
        for (Project project : visible) {
            keys.add(project.getKey());
        }
        return keys;
    }

    /**
     * One scheme read per permission scheme, one role look-up per project and role granted. A
     * Jira whose scheme or role API differs from what this was built against, or that publishes
     * neither manager, answers no grants (suggestions then come from activity alone) rather than
     * failing the Containers page.
     */
    @Override
    public Map<String, Set<String>> viewGrants(Set<String> groups) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        try {
            PermissionSchemeManager schemes = this.schemes.get();
            ProjectRoleManager roles = this.roles.get();
            Map<Long, Collection<PermissionSchemeEntry>> byScheme = new HashMap<>();
            for (Project project : projects.getProjects()) {
                Long scheme = schemes.getSchemeIdFor(project);
                if (scheme == null) {
                    continue;
                }
                Collection<PermissionSchemeEntry> entries = byScheme.computeIfAbsent(scheme,
                        id -> schemes.getPermissionSchemeEntries(id, ProjectPermissions.BROWSE_PROJECTS));
                Set<String> granted = new LinkedHashSet<>();
                for (PermissionSchemeEntry entry : entries) {
                    if (GROUP.equals(entry.getType()) && groups.contains(entry.getParameter())) {
                        granted.add(entry.getParameter());
                    } else if (PROJECT_ROLE.equals(entry.getType())) {
                        granted.addAll(roleGroups(roles, entry.getParameter(), project, groups));
                    }
                }
                if (!granted.isEmpty()) {
                    out.put(project.getKey(), granted);
                }
            }
        } catch (LinkageError | IllegalStateException e) {
            LOG.warn("Value Matrix could not read Jira's permission schemes; owner suggestions come from activity only", e);
            return Map.of();
        }
        return out;
    }

    /** The given groups among the actors of the role (by its id) in the project. */
    private static Set<String> roleGroups(ProjectRoleManager roles, String roleId, Project project,
            Set<String> groups) {
        ProjectRole role;
        try {
            role = roleId == null ? null : roles.getProjectRole(Long.valueOf(roleId));
        } catch (NumberFormatException e) {
            return Set.of();
        }
        ProjectRoleActors actors = role == null ? null : roles.getProjectRoleActors(role, project);
        if (actors == null) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (RoleActor actor : actors.getRoleActorsByType(GROUP_ACTOR)) {
            if (groups.contains(actor.getParameter())) {
                out.add(actor.getParameter());
            }
        }
        return out;
    }

    static Container container(Project project) {
        return new Container(project.getKey(), project.getName(), JiraHost.PRODUCT, "/browse/" + project.getKey());
    }
}
