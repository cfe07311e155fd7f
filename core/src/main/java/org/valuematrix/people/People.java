package org.valuematrix.people;

import org.valuematrix.people.rest.PeopleResource;
import org.valuematrix.rest.Caller;
import org.valuematrix.spi.UserSearch;
import org.valuematrix.team.TeamMembership;
import org.valuematrix.team.TeamVisibility;

/** Finding people by name: the parts, built once by the composition root. */
public final class People {
    private final PeopleFinder finder;
    private final PeopleResource resource;

    public People(UserSearch users, TeamVisibility teams, TeamMembership membership, Caller caller) {
        this.finder = new PeopleFinder(users, new PeopleVisibility(teams, membership));
        this.resource = new PeopleResource(finder, caller);
    }

    public PeopleFinder finder() {
        return finder;
    }

    public PeopleResource resource() {
        return resource;
    }
}
