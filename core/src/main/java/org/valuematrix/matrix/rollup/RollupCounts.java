package org.valuematrix.matrix.rollup;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.java.ao.Query;
import org.valuematrix.activity.Novelty;
import org.valuematrix.activity.Scope;
import org.valuematrix.activity.stream.VisibleSets;
import org.valuematrix.matrix.CellCounts;
import org.valuematrix.matrix.TeamEdge;
import org.valuematrix.matrix.UnitCounts;
import org.valuematrix.matrix.WorkItem;
import org.valuematrix.matrix.ao.AOPersonDay;
import org.valuematrix.matrix.rollup.Readable.Where;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.team.Team;
import org.valuematrix.team.TeamCatalog;

/**
 * Computes {@link RollupReader}'s answers from the rollup tables (its contract says what each
 * figure is): reads the period's tie rows grouped by pair and cell, the reach window's
 * interactions summed by pair of teams, the period's distinct (team, person, contributed) and
 * items, and counts distinct ties and people in memory; {@link #everyUnit} reads each table
 * once for the organisation and every team.
 */
final class RollupCounts {
    static final UnitCounts EMPTY = new UnitCounts(Map.of(), 0, 0, 0, 0, 0, 0, false, List.of(), List.of());

    private final EntityAccess ao;
    private final TeamCatalog catalog;
    private final VisibleSets sets;
    private final Supplier<ZoneId> zone;
    private final TieReads ties;

    RollupCounts(EntityAccess ao, TeamCatalog catalog, VisibleSets sets, Supplier<ZoneId> zone) {
        this.ao = ao;
        this.catalog = catalog;
        this.sets = sets;
        this.zone = zone;
        this.ties = new TieReads(ao);
    }

    UnitCounts unit(String team, long fromDay, long toDay, Set<String> containers) {
        Readable readable = Readable.of(containers, sets);
        if (readable.isNothing()) {
            return EMPTY;
        }
        long reachFrom = toDay - RollupReader.REACH_DAYS;
        List<TieFact> facts = team == null ? ties.actors(fromDay, toDay, readable)
                : ties.team(team, fromDay, toDay, readable);
        People people = people(team, fromDay, toDay, readable);
        WorkItems items = new WorkItems(ao, zone.get(), readable);
        return counts(team, new UnitFigures(team, facts), UnitFigures.reach(team,
                ties.teamPairs(team, reachFrom, toDay, readable)),
                people.active.getOrDefault(team, Set.of()).size(), people.contributors.getOrDefault(team, Set.of()).size(),
                customerFacing(team, externalActivity(fromDay, toDay, readable), containers),
                items.firstResponses(team, fromDay, toDay).getOrDefault(team, List.of()),
                items.cycles(team, fromDay, toDay).getOrDefault(team, List.of()));
    }

    List<String> catalogTeams() {
        List<String> out = new ArrayList<>();
        catalog.teams().forEach(t -> out.add(t.key()));
        return out;
    }

    /** @return every team's figures and, under null, the organisation's, from one read of each table */
    Map<String, UnitCounts> everyUnit(long fromDay, long toDay, Set<String> containers) {
        Readable readable = Readable.of(containers, sets);
        Map<String, UnitCounts> out = new HashMap<>();
        if (readable.isNothing()) {
            catalog.teams().forEach(t -> out.put(t.key(), EMPTY));
            out.put(null, EMPTY);
            return out;
        }
        List<TieFact> actors = new ArrayList<>();
        Map<String, List<TieFact>> byTeam = ties.teams(fromDay, toDay, readable, actors);
        Map<String, Long> reach = UnitFigures.reachOfEvery(
                ties.teamPairs(null, toDay - RollupReader.REACH_DAYS, toDay, readable));
        People people = people(null, fromDay, toDay, readable);
        Set<String> externalActivity = externalActivity(fromDay, toDay, readable);
        WorkItems items = new WorkItems(ao, zone.get(), readable);
        Map<String, List<WorkItem>> responses = items.firstResponses(null, fromDay, toDay);
        Map<String, List<WorkItem>> cycles = items.cycles(null, fromDay, toDay);
        List<String> units = catalogTeams();
        units.add(null);
        for (String key : units) {
            out.put(key, counts(key, new UnitFigures(key, key == null ? actors : byTeam.getOrDefault(key, List.of())),
                    reach.getOrDefault(key, 0L), people.active.getOrDefault(key, Set.of()).size(),
                    people.contributors.getOrDefault(key, Set.of()).size(),
                    customerFacing(key, externalActivity, containers), responses.getOrDefault(key, List.of()),
                    cycles.getOrDefault(key, List.of())));
        }
        return out;
    }

    List<TeamEdge> edges(long fromDay, long toDay, Set<String> containers) {
        Readable readable = Readable.of(containers, sets);
        if (readable.isNothing()) {
            return List.of();
        }
        return UnitFigures.edges(ties.actors(fromDay, toDay, readable));
    }

    private static UnitCounts counts(String team, UnitFigures figures, long reach, long active, long contributors,
            boolean customerFacing, List<WorkItem> responses, List<WorkItem> cycles) {
        Map<Scope, Map<Novelty, CellCounts>> cells = figures.cells();
        long[] ei = figures.eiTies();
        return new UnitCounts(cells, active, contributors, ei[0], ei[1], reach,
                cells.get(Scope.ACROSS).get(Novelty.NEW).ties(), customerFacing, responses, cycles);
    }

    /** Active people and contributors by team; the organisation's (null) are the internal teams' people. */
    private People people(String team, long fromDay, long toDay, Readable readable) {
        Where where = new Where();
        // Distinct: a person's days and containers collapse in the database.
        Query query = readable.from(AOPersonDay.class, "TEAM, PERSON, CONTRIBUTED", where).distinct();
        if (team != null) {
            where.add("r.TEAM = ?", team);
        }
        where.add("r.EPOCH_DAY >= ? AND r.EPOCH_DAY < ?", (int) fromDay, (int) toDay);
        Set<String> internal = new HashSet<>();
        for (Team t : catalog.teams()) {
            if (!t.kind().isExternal()) {
                internal.add(t.key());
            }
        }
        People people = new People();
        ao.stream(AOPersonDay.class, where.apply(query), row -> {
            if (row.getTeam() != null) {
                people.add(row.getTeam(), row.getPerson(), row.isContributed());
            }
            if (internal.contains(row.getTeam())) {
                people.add(null, row.getPerson(), row.isContributed());
            }
        });
        return people;
    }

    /** @return the readable containers in which a customer or partner member interacted in the period */
    private Set<String> externalActivity(long fromDay, long toDay, Readable readable) {
        Set<String> externalTeams = new HashSet<>();
        for (Team t : catalog.teams()) {
            if (t.kind().isExternal()) {
                externalTeams.add(t.key());
            }
        }
        return ties.containersOf(externalTeams, fromDay, toDay, readable);
    }

    /** @param externalActivity where customers and partners interacted (already trimmed to the readable) */
    private boolean customerFacing(String team, Set<String> externalActivity, Set<String> containers) {
        Set<String> owners = new HashSet<>();
        for (Team t : catalog.teams()) {
            if (!t.kind().isExternal() && (team == null || t.key().equals(team))) {
                owners.add(t.key());
            }
        }
        for (Map.Entry<String, String> e : catalog.owners().entrySet()) {
            if (owners.contains(e.getValue()) && externalActivity.contains(e.getKey())) {
                return true;
            }
        }
        return false;
    }

    /** Distinct people by team key (null: the organisation). */
    private static final class People {
        final Map<String, Set<String>> active = new HashMap<>();
        final Map<String, Set<String>> contributors = new HashMap<>();

        void add(String team, String person, boolean contributed) {
            active.computeIfAbsent(team, k -> new HashSet<>()).add(person);
            if (contributed) {
                contributors.computeIfAbsent(team, k -> new HashSet<>()).add(person);
            }
        }
    }
}
