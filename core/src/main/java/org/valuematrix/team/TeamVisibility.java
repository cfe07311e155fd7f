package org.valuematrix.team;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.valuematrix.spi.Directory;

/**
 * Who sees which teams ("Who sees what" in the domain): administrators and members of the
 * optional viewer group see every team and the host groups behind it; outsiders — members of a
 * customer or partner team — and anonymous viewers see the internal teams and their own
 * organisation's teams only; everyone else sees every team, never its groups. Someone in both an
 * internal and a customer team is an outsider: the narrower view wins.
 */
public class TeamVisibility {
    private final Directory directory;
    private final TeamCatalog catalog;
    private final TeamMembership membership;
    private final Optional<String> viewerGroup;

    public TeamVisibility(Directory directory, TeamCatalog catalog, TeamMembership membership,
            Optional<String> viewerGroup) {
        this.directory = directory;
        this.catalog = catalog;
        this.membership = membership;
        this.viewerGroup = viewerGroup;
    }

    /** @param userKey the viewer's user key, or null for an anonymous viewer */
    public VisibleTeams of(String userKey) {
        if (userKey != null && (directory.isAdmin(userKey)
                || viewerGroup.filter(g -> membership.groupsOf(userKey).contains(g)).isPresent())) {
            return VisibleTeams.everything(catalog.teams(), true);
        }
        Membership mine = membership.of(userKey);
        if (userKey != null && !mine.isExternal()) {
            return VisibleTeams.everything(catalog.teams(), false);
        }
        Set<String> own = new LinkedHashSet<>();
        for (Team t : mine.teams()) {
            own.add(t.key());
        }
        return VisibleTeams.outsider(catalog.teams(), own);
    }
}
