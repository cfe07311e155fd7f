package org.valuematrix;

import java.time.Clock;
import org.valuematrix.rest.Caller;
import org.valuematrix.spi.Containers;
import org.valuematrix.spi.Directory;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.team.TeamCatalog;
import org.valuematrix.team.TeamMembership;
import org.valuematrix.team.TeamStore;
import org.valuematrix.team.TeamVisibility;
import org.valuematrix.team.rest.ContainersResource;
import org.valuematrix.team.rest.TeamsResource;

/** Teams, their members and who may see them: what every other feature of {@link ValueMatrix} reads. */
final class TeamParts {
    final TeamStore store;
    final TeamCatalog catalog;
    final TeamMembership membership;
    final TeamVisibility visibility;
    final TeamsResource teamsResource;
    final ContainersResource containersResource;

    TeamParts(EntityAccess ao, Directory directory, Containers containers, Clock clock, Settings settings,
            Caller caller) {
        this.store = new TeamStore(ao);
        this.catalog = new TeamCatalog(store, clock);
        this.membership = new TeamMembership(directory, catalog, clock);
        this.visibility = new TeamVisibility(directory, catalog, membership, settings.viewerGroup());
        this.teamsResource = new TeamsResource(store, catalog, membership, visibility, caller);
        this.containersResource = new ContainersResource(containers, store, catalog, caller);
    }
}
