package org.valuematrix.spaces;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.java.ao.Query;
import org.valuematrix.spaces.ao.AOSpaceProject;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.spi.ProjectGrant;

/** The projects linked to customer-facing spaces, in Active Objects ({@code MX_SPACE_PROJECT}). */
public class ProjectLinkStore {
    private final EntityAccess ao;

    public ProjectLinkStore(EntityAccess ao) {
        this.ao = ao;
    }

    /** @return the space's links, by project key */
    public List<ProjectLink> of(String spaceKey) {
        List<ProjectLink> out = new ArrayList<>();
        for (AOSpaceProject row : ao.find(AOSpaceProject.class,
                Query.select().where("SPACE_KEY = ?", spaceKey).order("PROJECT_KEY"))) {
            out.add(link(row));
        }
        return out;
    }

    /** @return the link of the project, to whichever space */
    public Optional<ProjectLink> byProject(String projectKey) {
        AOSpaceProject[] rows = ao.find(AOSpaceProject.class, Query.select().where("PROJECT_KEY = ?", projectKey));
        return rows.length == 0 ? Optional.empty() : Optional.of(link(rows[0]));
    }

    /** @return the keys of the projects linked to any of these spaces */
    public Set<String> projectsOf(Collection<String> spaceKeys) {
        Set<String> out = new LinkedHashSet<>();
        for (String key : spaceKeys) {
            for (AOSpaceProject row : ao.find(AOSpaceProject.class,
                    Query.select("ID, PROJECT_KEY").where("SPACE_KEY = ?", key))) {
                out.add(row.getProjectKey());
            }
        }
        return out;
    }

    /** Adds a link; in the caller's transaction. */
    public void add(ProjectLink link, String reason) {
        Map<String, Object> row = new HashMap<>();
        row.put("SPACE_KEY", link.spaceKey());
        row.put("PROJECT_KEY", link.projectKey());
        row.put("EXTERNAL_GROUPS", String.join("\n", link.externalGroups()));
        List<String> grants = new ArrayList<>();
        link.addedGrants().forEach(g -> grants.add(g.group() + "\t" + g.permission()));
        row.put("ADDED_GRANTS", String.join("\n", grants));
        row.put("LINKED_BY", link.linkedBy());
        row.put("LINKED_AT", link.linkedAt().toEpochMilli());
        row.put("REASON", reason);
        ao.create(AOSpaceProject.class, row);
    }

    /** Removes the project's link; in the caller's transaction. */
    public void remove(String spaceKey, String projectKey) {
        ao.deleteWithSQL(AOSpaceProject.class, "SPACE_KEY = ? AND PROJECT_KEY = ?", spaceKey, projectKey);
    }

    private static ProjectLink link(AOSpaceProject r) {
        List<ProjectGrant> grants = new ArrayList<>();
        for (String line : lines(r.getAddedGrants())) {
            String[] parts = line.split("\t", 2);
            grants.add(new ProjectGrant(parts[0], parts[1]));
        }
        return new ProjectLink(r.getSpaceKey(), r.getProjectKey(), lines(r.getExternalGroups()), grants,
                r.getLinkedBy(), Instant.ofEpochMilli(r.getLinkedAt()));
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }
}
