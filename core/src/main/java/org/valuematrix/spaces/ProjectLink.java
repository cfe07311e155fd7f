package org.valuematrix.spaces;

import java.time.Instant;
import java.util.List;
import org.valuematrix.spi.ProjectGrant;

/** A project linked to a customer-facing space, as stored: for whom it is customer-facing, and what the link added. */
public final class ProjectLink {
    private final String spaceKey;
    private final String projectKey;
    private final List<String> externalGroups;
    private final List<ProjectGrant> addedGrants;
    private final String linkedBy;
    private final Instant linkedAt;

    public ProjectLink(String spaceKey, String projectKey, List<String> externalGroups, List<ProjectGrant> addedGrants,
            String linkedBy, Instant linkedAt) {
        this.spaceKey = spaceKey;
        this.projectKey = projectKey;
        this.externalGroups = List.copyOf(externalGroups);
        this.addedGrants = List.copyOf(addedGrants);
        this.linkedBy = linkedBy;
        this.linkedAt = linkedAt;
    }

    public String spaceKey() {
        return spaceKey;
    }

    public String projectKey() {
        return projectKey;
    }

    public List<String> externalGroups() {
        return externalGroups;
    }

    /** @return the grants the link added to the project, which an unlink removes */
    public List<ProjectGrant> addedGrants() {
        return addedGrants;
    }

    public String linkedBy() {
        return linkedBy;
    }

    public Instant linkedAt() {
        return linkedAt;
    }
}
