package org.valuematrix.matrix.rollup;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.java.ao.Query;
import org.valuematrix.activity.Novelty;
import org.valuematrix.activity.Scope;
import org.valuematrix.activity.stream.VisibleSets;
import org.valuematrix.matrix.CellCounts;
import org.valuematrix.matrix.TeamEdge;
import org.valuematrix.matrix.UnitCounts;
import org.valuematrix.matrix.WorkItem;
import org.valuematrix.matrix.ao.AOPersonDay;
import org.valuematrix.matrix.ao.AOTieDay;
import org.valuematrix.matrix.ao.AOWorkItem;
import org.valuematrix.matrix.rollup.Readable.Where;
import org.valuematrix.spi.EntityAccess;
import org.valuematrix.team.Team;
import org.valuematrix.team.TeamCatalog;

/**
 * Reads a unit's raw aggregates ({@link UnitCounts}) and the team-to-team view from the rollup
 * tables, never from the events.
 *
 * <p>Contract of every read:
 * <ul>
 * <li>A period is {@code [fromDay, toDay)} in epoch days of the organisation's time zone (the
 * zone the rollups were written in; {@link Days} converts).</li>
 * <li>{@code containers} is the viewer's whole visible set (what the stream trims to), and only
 * interactions, activity and work items in those containers count; null means every container
 * (administrators and the viewer group). No figure names a person.</li>
 * <li>Teams are the home teams stored with each event (membership at ingest).</li>
 * </ul>
 * What each {@link UnitCounts} field holds, for a team {@code T}:
 * <ul>
 * <li>cells: the interactions of T's members as actors, and the across interactions of T's
 * members as counterparts; ties = distinct ties, people = distinct people on either side of
 * those interactions;</li>
 * <li>active members and contributors: people whose stored home team was T on an event they
 * acted in (a contributor commented, replied or edited someone else's content);</li>
 * <li>internal / external ties (the E-I index's IL / EL): distinct ties of a member of T, on
 * either side of an interaction, whose other person's home team was T / was not T or none;</li>
 * <li>reach: other teams with at least 2 interactions with T in the {@value #REACH_DAYS} days
 * that end with the period ({@code [toDay - 28, toDay)});</li>
 * <li>new cross-silo ties: the distinct ties of the across/new cell;</li>
 * <li>customer-facing activity: an interaction in the period whose actor's home team is a
 * customer or partner team, in a container T owns ({@link TeamCatalog#owners()}, now); always
 * false for a customer or partner team itself;</li>
 * <li>first responses: items authored by a member of T, created in the period, with a
 * comment, reply or transition by someone else, timed from creation to it; cycles: issues
 * authored by a member of T resolved in the period (the earliest resolution), timed from
 * creation. An item crossed a boundary when an across or external interaction on it came
 * strictly before the response or resolution. Items count by the container they were created
 * in. Each list is sorted by duration.</li>
 * </ul>
 * For the organisation ({@code team} null): every interaction once, by its actor; members are
 * the people of internal teams; IL = ties within one team, EL = ties between two teams or
 * between a team member and someone without a team; reach = pairs of teams with at least 2
 * interactions between them in the 28 days; customer-facing activity in containers owned by
 * any internal team; every work item.
 */
public class RollupReader {
    public static final int REACH_DAYS = 28;

    private final EntityAccess ao;
    private final TeamCatalog catalog;
    private final VisibleSets sets;
    private final ZoneId zone;

    /** @param zone the organisation's time zone, the one {@link RollupMaintenance} writes days in */
    public RollupReader(EntityAccess ao, TeamCatalog catalog, VisibleSets sets, ZoneId zone) {
        this.ao = ao;
        this.catalog = catalog;
        this.sets = sets;
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /**
     * @param team a team key, or null for the organisation
     * @param fromDay the period's first epoch day; {@code toDay} the day after its last
     * @param containers the viewer's visible containers, or null for every container
     * @throws IllegalArgumentException when the period is empty or reversed
     */
    public UnitCounts unit(String team, long fromDay, long toDay, Set<String> containers) {
        requirePeriod(fromDay, toDay);
        Readable readable = Readable.of(containers, sets);
        if (readable.isNothing()) {
            return new UnitCounts(Map.of(), 0, 0, 0, 0, 0, 0, false, List.of(), List.of());
        }
        long reachFrom = toDay - REACH_DAYS;
        List<TieFact> facts = ties(team, Math.min(fromDay, reachFrom), toDay, readable);
        Map<Scope, Map<Novelty, CellCounts>> cells = cells(team, facts, fromDay);
        long[] eiTies = team == null ? organisationEi(facts, fromDay) : teamEi(team, facts, fromDay);
        long reach = team == null ? organisationReach(facts, reachFrom) : teamReach(team, facts, reachFrom);
        long[] people = people(team, fromDay, toDay, readable);
        return new UnitCounts(cells, people[0], people[1], eiTies[0], eiTies[1], reach,
                cells.get(Scope.ACROSS).get(Novelty.NEW).ties(), customerFacing(team, fromDay, toDay, containers),
                new WorkItems(ao, zone, readable).firstResponses(team, fromDay, toDay),
                new WorkItems(ao, zone, readable).cycles(team, fromDay, toDay));
    }

    /**
     * Pairs of teams that interacted in the period, each interaction once (by its actor, whose
     * home team is one of the pair and the counterpart's the other), and the distinct ties
     * between them with a new interaction. Sorted by the pair.
     *
     * @param containers as for {@link #unit}
     */
    public List<TeamEdge> edges(long fromDay, long toDay, Set<String> containers) {
        requirePeriod(fromDay, toDay);
        Readable readable = Readable.of(containers, sets);
        if (readable.isNothing()) {
            return List.of();
        }
        Map<String, long[]> interactions = new TreeMap<>();
        Map<String, Set<String>> newTies = new HashMap<>();
        for (TieFact f : ties(null, fromDay, toDay, readable)) {
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

    private static void requirePeriod(long fromDay, long toDay) {
        if (fromDay >= toDay) {
            throw new IllegalArgumentException("a period ends after it starts");
        }
    }

    /** Team: both sides of its members; organisation: every actor row. */
    private List<TieFact> ties(String team, long fromDay, long toDay, Readable readable) {
        Where where = new Where();
        Query query = readable.from(AOTieDay.class, TieFact.COLUMNS, where);
        if (team == null) {
            where.add("r.SIDE = ?", TieDayRow.ACTOR);
        } else {
            where.add("r.UNIT_TEAM = ?", team);
        }
        where.add("r.EPOCH_DAY >= ? AND r.EPOCH_DAY < ?", (int) fromDay, (int) toDay);
        List<TieFact> out = new ArrayList<>();
        ao.stream(AOTieDay.class, where.apply(query), row -> out.add(new TieFact(row)));
        return out;
    }

    private static Map<Scope, Map<Novelty, CellCounts>> cells(String team, List<TieFact> facts, long fromDay) {
        Map<Scope, Map<Novelty, long[]>> counts = new EnumMap<>(Scope.class);
        Map<String, Set<String>> ties = new HashMap<>();
        Map<String, Set<String>> people = new HashMap<>();
        for (TieFact f : facts) {
            if (f.day < fromDay || !(f.actorSide || (team != null && f.scope == Scope.ACROSS))) {
                continue;
            }
            counts.computeIfAbsent(f.scope, k -> new EnumMap<>(Novelty.class))
                    .computeIfAbsent(f.novelty, k -> new long[1])[0] += f.interactions;
            String cell = f.scope + "/" + f.novelty;
            ties.computeIfAbsent(cell, k -> new HashSet<>()).add(f.tie);
            Set<String> who = people.computeIfAbsent(cell, k -> new HashSet<>());
            who.add(f.person);
            who.add(f.other);
        }
        Map<Scope, Map<Novelty, CellCounts>> cells = new EnumMap<>(Scope.class);
        for (Scope s : Scope.values()) {
            Map<Novelty, CellCounts> row = new EnumMap<>(Novelty.class);
            for (Novelty n : Novelty.values()) {
                long[] c = counts.getOrDefault(s, Map.of()).get(n);
                String cell = s + "/" + n;
                row.put(n, c == null ? CellCounts.EMPTY
                        : new CellCounts(c[0], ties.get(cell).size(), people.get(cell).size()));
            }
            cells.put(s, row);
        }
        return cells;
    }

    private static long[] teamEi(String team, List<TieFact> facts, long fromDay) {
        Set<String> internal = new HashSet<>();
        Set<String> external = new HashSet<>();
        for (TieFact f : facts) {
            if (f.day >= fromDay) {
                (team.equals(f.otherTeam) ? internal : external).add(f.tie);
            }
        }
        return new long[] {internal.size(), external.size()};
    }

    private static long[] organisationEi(List<TieFact> facts, long fromDay) {
        Set<String> internal = new HashSet<>();
        Set<String> external = new HashSet<>();
        for (TieFact f : facts) {
            if (f.day < fromDay || (f.unitTeam == null && f.otherTeam == null)) {
                continue;
            }
            (f.unitTeam != null && f.unitTeam.equals(f.otherTeam) ? internal : external).add(f.tie);
        }
        return new long[] {internal.size(), external.size()};
    }

    private static long teamReach(String team, List<TieFact> facts, long reachFrom) {
        Map<String, Long> withTeam = new HashMap<>();
        for (TieFact f : facts) {
            if (f.day >= reachFrom && f.otherTeam != null && !f.otherTeam.equals(team)) {
                withTeam.merge(f.otherTeam, (long) f.interactions, Long::sum);
            }
        }
        return withTeam.values().stream().filter(n -> n >= 2).count();
    }

    private static long organisationReach(List<TieFact> facts, long reachFrom) {
        Map<String, Long> pairs = new HashMap<>();
        for (TieFact f : facts) {
            if (f.day >= reachFrom && f.unitTeam != null && f.otherTeam != null && !f.unitTeam.equals(f.otherTeam)) {
                pairs.merge(pair(f.unitTeam, f.otherTeam), (long) f.interactions, Long::sum);
            }
        }
        return pairs.values().stream().filter(n -> n >= 2).count();
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\n" + b : b + "\n" + a;
    }

    /** @return active members and contributors */
    private long[] people(String team, long fromDay, long toDay, Readable readable) {
        Where where = new Where();
        Query query = readable.from(AOPersonDay.class, "ID, TEAM, PERSON, CONTRIBUTED", where);
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
        Set<String> active = new HashSet<>();
        Set<String> contributors = new HashSet<>();
        ao.stream(AOPersonDay.class, where.apply(query), row -> {
            if (team != null || internal.contains(row.getTeam())) {
                active.add(row.getPerson());
                if (row.isContributed()) {
                    contributors.add(row.getPerson());
                }
            }
        });
        return new long[] {active.size(), contributors.size()};
    }

    private boolean customerFacing(String team, long fromDay, long toDay, Set<String> containers) {
        Set<String> externalTeams = new HashSet<>();
        Set<String> ownerTeams = new HashSet<>();
        for (Team t : catalog.teams()) {
            if (t.kind().isExternal()) {
                externalTeams.add(t.key());
            } else if (team == null || t.key().equals(team)) {
                ownerTeams.add(t.key());
            }
        }
        Set<String> owned = new HashSet<>();
        for (Map.Entry<String, String> e : catalog.owners().entrySet()) {
            if (ownerTeams.contains(e.getValue()) && (containers == null || containers.contains(e.getKey()))) {
                owned.add(e.getKey());
            }
        }
        if (externalTeams.isEmpty() || owned.isEmpty()) {
            return false;
        }
        Where where = new Where().add("SIDE = ? AND EPOCH_DAY >= ? AND EPOCH_DAY < ?", TieDayRow.ACTOR, (int) fromDay, (int) toDay);
        where.in("UNIT_TEAM", externalTeams).in("CONTAINER_KEY", owned);
        return ao.find(AOTieDay.class, where.apply(Query.select("ID")).limit(1)).length > 0;
    }

    /** A sorting that makes lists of work items comparable. */
    static final Comparator<WorkItem> BY_DURATION =
            Comparator.comparing(WorkItem::duration).thenComparing(WorkItem::crossedBoundary);

    static Duration between(long from, long to) {
        return Duration.ofMillis(Math.max(0, to - from));
    }
}
