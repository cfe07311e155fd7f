package org.valuematrix.admin.containers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.valuematrix.spi.Containers;
import org.valuematrix.team.Team;
import org.valuematrix.team.TeamKind;

/**
 * The owner a space or project's view permission suggests, where nobody's activity suggests one:
 * the internal team most of whose groups may view it. A customer or partner team is never
 * suggested: opening a space to a customer makes the customer its audience, not its owner. When
 * two internal teams have as many of their groups granted (a shared space, a customer portal that
 * several teams serve), there is no suggestion: the permission does not tell them apart.
 */
final class ViewGrantSuggestions {
    private ViewGrantSuggestions() {
    }

    /**
     * @param teams every team
     * @return container key → the suggestion, for containers whose view grants single out one
     *     internal team; asks the host once, with every internal team's groups
     */
    static Map<String, ContainerSuggestions.Suggestion> suggest(Containers containers, List<Team> teams) {
        List<Team> internal = new ArrayList<>();
        Set<String> groups = new LinkedHashSet<>();
        for (Team t : teams) {
            if (t.kind() == TeamKind.INTERNAL && !t.groups().isEmpty()) {
                internal.add(t);
                groups.addAll(t.groups());
            }
        }
        Map<String, ContainerSuggestions.Suggestion> out = new HashMap<>();
        if (groups.isEmpty()) {
            return out;
        }
        containers.viewGrants(groups).forEach((container, granted) -> {
            Team best = null;
            List<String> bestGroups = List.of();
            boolean tie = false;
            for (Team t : internal) {
                List<String> mine = new ArrayList<>();
                for (String g : t.groups()) {
                    if (granted.contains(g)) {
                        mine.add(g);
                    }
                }
                if (mine.isEmpty()) {
                    continue;
                }
                if (mine.size() > bestGroups.size()) {
                    best = t;
                    bestGroups = mine;
                    tie = false;
                } else if (mine.size() == bestGroups.size()) {
                    tie = true;
                }
            }
            if (best != null && !tie) {
                out.put(container, new ContainerSuggestions.Suggestion(best, 0,
                        ContainerSuggestions.Suggestion.VIEW_PERMISSION, bestGroups));
            }
        });
        return out;
    }
}
