package org.valuematrix.standalone.projects;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import net.java.ao.Query;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.spi.ProjectAdministration;
import org.valuematrix.spi.ProjectAdministrationException;
import org.valuematrix.spi.ProjectGrant;
import org.valuematrix.standalone.directory.DirectoryContainer;
import org.valuematrix.standalone.directory.EmbeddedDirectory;
import org.valuematrix.standalone.projects.ao.AOProjectGrant;

/**
 * The standalone host's project permissions. A project's view groups (the demo's, made with it)
 * browse and add comments, as Jira's default permission scheme gives its users both; every other
 * grant is a row of {@code SA_PROJECT_GRANT}, which this port adds and removes one at a time. Each
 * project has permissions of its own, so a grant never changes another project. Browsing through a
 * row admits the group to the project at once (the directory is reloaded); commenting through a
 * row is {@link ProjectPermissions}' answer.
 */
public class StandaloneProjectAdministration implements ProjectAdministration {
    private static final String JIRA = "jira";

    private final EntityAccess ao;
    private final EmbeddedDirectory directory;

    public StandaloneProjectAdministration(EntityAccess ao, EmbeddedDirectory directory) {
        this.ao = ao;
        this.directory = directory;
    }

    @Override
    public boolean projectExists(String projectKey) {
        return project(projectKey) != null;
    }

    @Override
    public Set<ProjectGrant> grants(String projectKey) {
        Set<ProjectGrant> out = new LinkedHashSet<>();
        DirectoryContainer project = project(projectKey);
        if (project == null) {
            return out;
        }
        for (String group : ProjectPermissions.baseGroups(ao, projectKey)) {
            out.add(new ProjectGrant(group, ProjectGrant.BROWSE_PROJECTS));
            out.add(new ProjectGrant(group, ProjectGrant.ADD_COMMENTS));
        }
        for (AOProjectGrant g : ao.find(AOProjectGrant.class,
                Query.select().where("PROJECT_KEY = ?", projectKey).order("ID"))) {
            out.add(new ProjectGrant(g.getGroupName(), g.getPermission()));
        }
        return out;
    }

    @Override
    public boolean ownPermissions(String projectKey) {
        return projectExists(projectKey);
    }

    @Override
    public synchronized void grant(String projectKey, ProjectGrant grant) {
        if (!projectExists(projectKey)) {
            throw new ProjectAdministrationException("there is no project " + projectKey);
        }
        if (!grants(projectKey).contains(grant)) {
            Map<String, Object> row = new HashMap<>();
            row.put("PROJECT_KEY", projectKey);
            row.put("GROUP_NAME", grant.group());
            row.put("PERMISSION", grant.permission());
            ao.create(AOProjectGrant.class, row);
        }
        directory.reload();
    }

    @Override
    public synchronized void revoke(String projectKey, ProjectGrant grant) {
        ao.deleteWithSQL(AOProjectGrant.class, "PROJECT_KEY = ? AND GROUP_NAME = ? AND PERMISSION = ?", projectKey,
                grant.group(), grant.permission());
        directory.reload();
    }

    private DirectoryContainer project(String key) {
        return directory.snapshot().container(key).filter(c -> JIRA.equals(c.container().product())).orElse(null);
    }
}
