package org.valuematrix.standalone.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.valuematrix.spi.Container;
import org.valuematrix.spi.Containers;

/** The generated spaces and projects; a user may view those whose view groups they are in. */
final class BenchContainers implements Containers {
    private final BenchOrganisation org;
    private final List<Container> all = new ArrayList<>();
    private final Map<String, Container> byKey = new HashMap<>();
    private final Map<String, Set<String>> byGroup = new HashMap<>();

    BenchContainers(BenchOrganisation org) {
        this.org = org;
        for (BenchOrganisation.BenchContainer c : org.containers) {
            String url = c.product.equals("jira") ? "/browse/" + c.key : "/display/" + c.key;
            Container container = new Container(c.key, c.name, c.product, url);
            all.add(container);
            byKey.put(c.key, container);
            for (String g : c.viewGroups) {
                byGroup.computeIfAbsent(g, k -> new HashSet<>()).add(c.key);
            }
        }
    }

    @Override
    public List<Container> all() {
        return all;
    }

    @Override
    public Optional<Container> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    @Override
    public Set<String> visibleTo(String userKey) {
        if (userKey == null) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        for (String g : org.groupsOf.getOrDefault(userKey, Set.of())) {
            out.addAll(byGroup.getOrDefault(g, Set.of()));
        }
        return out;
    }
}
