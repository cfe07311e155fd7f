package org.valuematrix.admin.containers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import org.valuematrix.matrix.ao.AOPersonDay;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.team.Team;

/**
 * Which team most likely owns each space or project: the team whose members were active there on
 * the most days in the last year, read from the people's-activity rollup (one row per person, day
 * and container, with the person's home team) rather than from every stored event.
 */
public class ContainerSuggestions {
    static final int DAYS = 365;

    private final EntityAccess ao;
    private final Clock clock;

    public ContainerSuggestions(EntityAccess ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    /** A suggested owner and why: its members' person-days there, or its groups' view permission. */
    public static final class Suggestion {
        /** Why a team is suggested, as the REST answer names it. */
        public static final String ACTIVITY = "activity";
        public static final String VIEW_PERMISSION = "viewPermission";

        public final Team team;
        public final int activeDays;
        public final String reason;
        /** The team's groups granted view permission, for {@link #VIEW_PERMISSION}; empty otherwise. */
        public final List<String> groups;

        Suggestion(Team team, int activeDays) {
            this(team, activeDays, ACTIVITY, List.of());
        }

        Suggestion(Team team, int activeDays, String reason, List<String> groups) {
            this.team = team;
            this.activeDays = activeDays;
            this.reason = reason;
            this.groups = List.copyOf(groups);
        }
    }

    /**
     * @param teams the teams in home-team order (a tie goes to the earlier one)
     * @return container key → the suggestion; containers without members' activity are absent
     */
    public Map<String, Suggestion> suggest(List<Team> teams) {
        Map<String, Team> byKey = new HashMap<>();
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < teams.size(); i++) {
            byKey.put(teams.get(i).key(), teams.get(i));
            rank.put(teams.get(i).key(), i);
        }
        int since = (int) (LocalDate.now(clock.withZone(ZoneOffset.UTC)).toEpochDay() - DAYS);
        Map<String, Map<String, Integer>> days = new HashMap<>();
        ao.stream(AOPersonDay.class, Query.select("ID, CONTAINER_KEY, TEAM").where("TEAM IS NOT NULL AND EPOCH_DAY >= ?",
                since), row -> {
                    if (byKey.containsKey(row.getTeam())) {
                        days.computeIfAbsent(row.getContainerKey(), k -> new HashMap<>()).merge(row.getTeam(), 1,
                                Integer::sum);
                    }
                });
        Map<String, Suggestion> out = new HashMap<>();
        days.forEach((container, perTeam) -> {
            String best = null;
            for (Map.Entry<String, Integer> e : perTeam.entrySet()) {
                if (best == null || e.getValue() > perTeam.get(best)
                        || e.getValue().equals(perTeam.get(best)) && rank.get(e.getKey()) < rank.get(best)) {
                    best = e.getKey();
                }
            }
            out.put(container, new Suggestion(byKey.get(best), perTeam.get(best)));
        });
        return out;
    }
}
