package org.valuematrix.standalone.bench;

import java.util.Optional;
import java.util.Set;
import org.valuematrix.spi.Directory;
import org.valuematrix.spi.Person;

/** The generated organisation's users and groups, in memory. */
final class BenchDirectory implements Directory {
    private final BenchOrganisation org;

    BenchDirectory(BenchOrganisation org) {
        this.org = org;
    }

    @Override
    public Optional<Person> person(String userKey) {
        return org.groupsOf.containsKey(userKey) ? Optional.of(new Person(userKey, "Person " + userKey.substring(5)))
                : Optional.empty();
    }

    @Override
    public Set<String> groupsOf(String userKey) {
        return org.groupsOf.getOrDefault(userKey, Set.of());
    }

    @Override
    public Set<String> membersOf(String group) {
        return org.membersOf.getOrDefault(group, Set.of());
    }

    @Override
    public boolean isAdmin(String userKey) {
        return false;
    }
}
