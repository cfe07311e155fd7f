package org.valuematrix.plugin.jira;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.valuematrix.spi.Container;
import org.valuematrix.spi.Containers;

/** Jira projects as containers; visible means Browse Projects, asked of Jira in one call. */
public class JiraContainers implements Containers {
    private final ProjectManager projects;
    private final PermissionManager permissions;
    private final UserManager users;

    public JiraContainers(ProjectManager projects, PermissionManager permissions, UserManager users) {
        this.projects = projects;
        this.permissions = permissions;
        this.users = users;
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

    static Container container(Project project) {
        return new Container(project.getKey(), project.getName(), JiraHost.PRODUCT, "/browse/" + project.getKey());
    }
}
