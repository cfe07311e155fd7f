package org.valuematrix.admin.containers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.valuematrix.spi.Container;
import org.valuematrix.spi.Containers;
import org.valuematrix.team.Team;
import org.valuematrix.team.TeamStore;

/** The Containers page's read: every space and project with its owner and its suggested owner. */
public class ContainerOwnership {
    private final Containers containers;
    private final TeamStore store;
    private final ContainerSuggestions suggestions;

    public ContainerOwnership(Containers containers, TeamStore store, ContainerSuggestions suggestions) {
        this.containers = containers;
        this.store = store;
        this.suggestions = suggestions;
    }

    /**
     * @return {@code {"containers":[{key,name,product,owner,suggestion:{team,reason,activeDays|groups}|null}],
     *     "unmapped":n,"teams":[{key,name}]}}; a suggestion only where it differs from the owner. The
     *     reason is {@code activity} (with the members' active days) or, for a container without
     *     members' activity, {@code viewPermission} (with the team's groups that may view it; see
     *     {@link ViewGrantSuggestions})
     */
    public Map<String, Object> read() {
        List<Team> teams = store.all();
        Map<String, String> owners = store.containerOwners();
        Map<String, ContainerSuggestions.Suggestion> suggested = suggestions.suggest(teams);
        List<Container> all = containers.all();
        if (all.stream().anyMatch(c -> !suggested.containsKey(c.key()))) {
            // Activity comes first: who works there says more than who may look.
            ViewGrantSuggestions.suggest(containers, teams).forEach(suggested::putIfAbsent);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        int unmapped = 0;
        for (Container c : all) {
            String owner = owners.get(c.key());
            if (owner == null) {
                unmapped++;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", c.key());
            row.put("name", c.name());
            row.put("product", c.product());
            row.put("owner", owner);
            ContainerSuggestions.Suggestion s = suggested.get(c.key());
            if (s != null && !s.team.key().equals(owner)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("team", s.team.key());
                m.put("reason", s.reason);
                if (ContainerSuggestions.Suggestion.ACTIVITY.equals(s.reason)) {
                    m.put("activeDays", s.activeDays);
                } else {
                    m.put("groups", s.groups);
                }
                row.put("suggestion", m);
            } else {
                row.put("suggestion", null);
            }
            rows.add(row);
        }
        List<Map<String, Object>> names = new ArrayList<>();
        for (Team t : teams) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", t.key());
            m.put("name", t.name());
            names.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("containers", rows);
        out.put("unmapped", unmapped);
        out.put("teams", names);
        return out;
    }
}
