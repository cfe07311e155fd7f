package org.valuematrix.standalone.spi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.valuematrix.spi.Container;
import org.valuematrix.spi.Containers;
import org.valuematrix.standalone.directory.DirectoryContainer;
import org.valuematrix.standalone.directory.EmbeddedDirectory;

/**
 * Spaces and projects of the embedded directory; a user may view those guarded by one of their
 * groups. A container's view groups are the directory's (the demo's spaces and projects) and, for
 * a space administered like Confluence's, the groups granted its view-space permission.
 */
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

    @Override
    public Map<String, Set<String>> viewGrants(Set<String> groups) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (DirectoryContainer c : directory.snapshot().containers()) {
            Set<String> granted = new LinkedHashSet<>(c.viewGroups());
            granted.retainAll(groups);
            if (!granted.isEmpty()) {
                out.put(c.key(), granted);
            }
        }
        return out;
    }
}
