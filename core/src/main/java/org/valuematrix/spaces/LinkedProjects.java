package org.valuematrix.spaces;

import java.util.Set;
import org.valuematrix.activity.stream.LinkedContainers;
import org.valuematrix.spi.EntityAccess;

/**
 * A customer-facing space's stream includes its linked projects: the stream of a space (its
 * container filter) reads them too. Read from the database on each page (one indexed look-up per
 * space asked for), so every node answers the same as soon as a link commits.
 */
public class LinkedProjects implements LinkedContainers {
    private final ProjectLinkStore links;

    public LinkedProjects(EntityAccess ao) {
        this.links = new ProjectLinkStore(ao);
    }

    @Override
    public Set<String> linkedTo(Set<String> containerKeys) {
        // A filter of many containers is not a space's stream: no look-up per key.
        return containerKeys.size() > 20 ? Set.of() : links.projectsOf(containerKeys);
    }
}
