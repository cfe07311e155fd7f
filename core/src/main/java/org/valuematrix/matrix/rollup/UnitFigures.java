package org.valuematrix.matrix.rollup;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.valuematrix.activity.Novelty;
import org.valuematrix.activity.Scope;
import org.valuematrix.matrix.CellCounts;
import org.valuematrix.matrix.TeamEdge;

/**
 * The figures of one unit computed from its facts in the period: a team's facts are those whose
 * unit team is the team (both sides), the organisation's every actor's fact. See
 * {@link RollupReader} for what each figure means.
 */
final class UnitFigures {
    private final String team;
    private final List<TieFact> facts;

    /** @param team a team key, or null for the organisation */
    UnitFigures(String team, List<TieFact> facts) {
        this.team = team;
        this.facts = facts;
    }

    Map<Scope, Map<Novelty, CellCounts>> cells() {
        Map<String, long[]> counts = new HashMap<>();
        Map<String, Set<String>> ties = new HashMap<>();
        Map<String, Set<String>> people = new HashMap<>();
        for (TieFact f : facts) {
            if (!(f.actorSide || (team != null && f.scope == Scope.ACROSS))) {
                continue;
            }
            String cell = f.scope + "/" + f.novelty;
            counts.computeIfAbsent(cell, k -> new long[1])[0] += f.interactions;
            ties.computeIfAbsent(cell, k -> new HashSet<>()).add(f.tie);
            Set<String> who = people.computeIfAbsent(cell, k -> new HashSet<>());
            who.add(f.person);
            who.add(f.other);
        }
        Map<Scope, Map<Novelty, CellCounts>> cells = new EnumMap<>(Scope.class);
        for (Scope s : Scope.values()) {
            Map<Novelty, CellCounts> row = new EnumMap<>(Novelty.class);
            for (Novelty n : Novelty.values()) {
                String cell = s + "/" + n;
                long[] c = counts.get(cell);
                row.put(n, c == null ? CellCounts.EMPTY
                        : new CellCounts(c[0], ties.get(cell).size(), people.get(cell).size()));
            }
            cells.put(s, row);
        }
        return cells;
    }

    /** @return IL and EL of the E-I index */
    long[] eiTies() {
        Set<String> internal = new HashSet<>();
        Set<String> external = new HashSet<>();
        for (TieFact f : facts) {
            if (team != null) {
                (team.equals(f.otherTeam) ? internal : external).add(f.tie);
            } else if (f.unitTeam != null || f.otherTeam != null) {
                (f.unitTeam != null && f.unitTeam.equals(f.otherTeam) ? internal : external).add(f.tie);
            }
        }
        return new long[] {internal.size(), external.size()};
    }

    /**
     * @param team a team key, or null for the organisation
     * @param teamPairs interactions by actor's and counterpart's team ({@link TieReads#teamPairs}) in the reach window
     * @return other teams (organisation: pairs of teams) with at least 2 interactions with the team
     */
    static long reach(String team, Map<String, Long> teamPairs) {
        Map<String, Long> counts = new HashMap<>();
        for (Map.Entry<String, Long> e : teamPairs.entrySet()) {
            String[] teams = e.getKey().split("\n", 2);
            if (teams[0].equals(teams[1])) {
                continue;
            }
            if (team == null) {
                counts.merge(pair(teams[0], teams[1]), e.getValue(), Long::sum);
            } else if (team.equals(teams[0])) {
                counts.merge(teams[1], e.getValue(), Long::sum);
            } else if (team.equals(teams[1])) {
                counts.merge(teams[0], e.getValue(), Long::sum);
            }
        }
        return counts.values().stream().filter(n -> n >= 2).count();
    }

    /** @return {@link #reach} of the organisation (under null) and of every team in {@code teamPairs}, in one pass */
    static Map<String, Long> reachOfEvery(Map<String, Long> teamPairs) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        for (Map.Entry<String, Long> e : teamPairs.entrySet()) {
            String[] teams = e.getKey().split("\n", 2);
            if (teams[0].equals(teams[1])) {
                continue;
            }
            counts.computeIfAbsent(null, k -> new HashMap<>()).merge(pair(teams[0], teams[1]), e.getValue(), Long::sum);
            counts.computeIfAbsent(teams[0], k -> new HashMap<>()).merge(teams[1], e.getValue(), Long::sum);
            counts.computeIfAbsent(teams[1], k -> new HashMap<>()).merge(teams[0], e.getValue(), Long::sum);
        }
        Map<String, Long> out = new HashMap<>();
        counts.forEach((unit, others) -> out.put(unit, others.values().stream().filter(n -> n >= 2).count()));
        return out;
    }

    /** @param actorRows the period's actor facts of every team */
    static List<TeamEdge> edges(List<TieFact> actorRows) {
        Map<String, long[]> interactions = new TreeMap<>();
        Map<String, Set<String>> newTies = new HashMap<>();
        for (TieFact f : actorRows) {
            if (f.unitTeam == null || f.otherTeam == null || f.unitTeam.equals(f.otherTeam)) {
                continue;
            }
            String pair = pair(f.unitTeam, f.otherTeam);
            interactions.computeIfAbsent(pair, k -> new long[1])[0] += f.interactions;
            Set<String> fresh = newTies.computeIfAbsent(pair, k -> new HashSet<>());
            if (f.novelty == Novelty.NEW) {
                fresh.add(f.tie);
            }
        }
        List<TeamEdge> out = new ArrayList<>();
        for (Map.Entry<String, long[]> e : interactions.entrySet()) {
            String[] teams = e.getKey().split("\n", 2);
            out.add(new TeamEdge(teams[0], teams[1], e.getValue()[0], newTies.get(e.getKey()).size()));
        }
        return out;
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\n" + b : b + "\n" + a;
    }
}
