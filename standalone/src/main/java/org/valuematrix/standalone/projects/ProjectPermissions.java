package org.valuematrix.standalone.projects;

import java.util.LinkedHashSet;
import java.util.Set;
import net.java.ao.Query;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.spi.ProjectGrant;
import org.valuematrix.standalone.directory.ao.AOContainerGroup;
import org.valuematrix.standalone.projects.ao.AOProjectGrant;

/**
 * Who may create issues and comment in a project of the standalone host: a member of one of its view groups, or of a
 * group given {@code ADD_COMMENTS} on it. Read from the database on each question.
 */
public class ProjectPermissions {
    private final EntityAccess ao;

    public ProjectPermissions(EntityAccess ao) {
        this.ao = ao;
    }

    /** @return whether one of these groups may add comments in the project */
    public boolean mayComment(Set<String> groups, String projectKey) {
        for (String g : baseGroups(ao, projectKey)) {
            if (groups.contains(g)) {
                return true;
            }
        }
        for (AOProjectGrant g : ao.find(AOProjectGrant.class, Query.select()
                .where("PROJECT_KEY = ? AND PERMISSION = ?", projectKey, ProjectGrant.ADD_COMMENTS))) {
            if (groups.contains(g.getGroupName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return whether one of these groups may create issues in the project: only its view groups
     *     (a link to a customer-facing space gives browse and comment, never create)
     */
    public boolean mayCreate(Set<String> groups, String projectKey) {
        return baseGroups(ao, projectKey).stream().anyMatch(groups::contains);
    }

    /** @return the project's view groups, made with it: they browse and comment */
    static Set<String> baseGroups(EntityAccess ao, String projectKey) {
        Set<String> out = new LinkedHashSet<>();
        for (AOContainerGroup g : ao.find(AOContainerGroup.class,
                Query.select().where("CONTAINER_KEY = ?", projectKey).order("POSITION, ID"))) {
            out.add(g.getGroupName());
        }
        return out;
    }
}
