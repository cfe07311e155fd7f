package org.valuematrix.standalone.web;

import java.util.Optional;
import org.valuematrix.team.Team;
import org.valuematrix.team.TeamCatalog;
import org.valuematrix.team.TeamVisibility;
import org.valuematrix.team.VisibleTeams;

/**
 * The owning team of a space or project as a page may show it: named only to a viewer who may
 * see that team, so a customer never reads another customer's name on a shared space.
 */
public class OwningTeams {
    private final TeamCatalog catalog;
    private final TeamVisibility visibility;

    public OwningTeams(TeamCatalog catalog, TeamVisibility visibility) {
        this.catalog = catalog;
        this.visibility = visibility;
    }

    /** @param viewer the viewer's user key @return the teams they may see, for one request */
    public VisibleTeams visibleTo(String viewer) {
        return visibility.of(viewer);
    }

    /** @return the container's owning team, if it has one the viewer may see */
    public Optional<Team> owner(String containerKey, VisibleTeams visible) {
        return catalog.owner(containerKey).filter(visible::sees);
    }
}
