package org.valuematrix.standalone.spi;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.valuematrix.spi.Directory;
import org.valuematrix.spi.Person;
import org.valuematrix.standalone.directory.EmbeddedDirectory;

/** Users and groups from the embedded directory; administrators are the members of {@code administrators}. */
public class StandaloneDirectory implements Directory {
    private final EmbeddedDirectory directory;

    public StandaloneDirectory(EmbeddedDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Optional<Person> person(String userKey) {
        return directory.snapshot().user(userKey).map(u -> new Person(u.key(), u.displayName()));
    }

    @Override
    public Set<String> groupsOf(String userKey) {
        return directory.snapshot().user(userKey).map(u -> Set.copyOf(new LinkedHashSet<>(u.groups()))).orElse(Set.of());
    }

    @Override
    public Set<String> membersOf(String group) {
        return directory.snapshot().membersOf(group);
    }

    @Override
    public boolean isAdmin(String userKey) {
        return directory.snapshot().isAdmin(userKey);
    }
}
