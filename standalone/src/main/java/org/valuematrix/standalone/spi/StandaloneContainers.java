package org.valuematrix.standalone.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.valuematrix.spi.Container;
import org.valuematrix.spi.Containers;
import org.valuematrix.standalone.directory.DirectoryContainer;
import org.valuematrix.standalone.directory.EmbeddedDirectory;

/** Spaces and projects of the embedded directory; a user may view those guarded by one of their groups. */
public class StandaloneContainers implements Containers {
    private final EmbeddedDirectory directory;

    public StandaloneContainers(EmbeddedDirectory directory) {
        this.directory = directory;
    }

    @Override
    public List<Container> all() {
        List<Container> out = new ArrayList<>();
        for (DirectoryContainer c : directory.snapshot().containers()) {
            out.add(c.container());
        }
        return out;
    }

    @Override
    public Optional<Container> byKey(String key) {
        return directory.snapshot().container(key).map(DirectoryContainer::container);
    }

    @Override
    public Set<String> visibleTo(String userKey) {
        return userKey == null ? Set.of() : directory.snapshot().visibleTo(userKey);
    }
}
