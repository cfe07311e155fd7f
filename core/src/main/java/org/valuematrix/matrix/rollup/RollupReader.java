package org.valuematrix.matrix.rollup;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
import org.valuematrix.matrix.ao.AOTieDay;
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
 * comment, reply or transition (a resolution is one) by someone else, timed from creation to
 * the earliest (a time before the creation, from skewed clocks, counts as zero); cycles: issues
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
 *
 * <p>Distinct counts (ties, people) do not add up across days, so a read streams the period's
 * rows of the unit (its tie rows, person rows and items) and counts in memory: its cost grows
 * with the rows of the period, never with the events. {@link #teams} reads each table once for
 * every team.
 */
public class RollupReader {
    public static final int REACH_DAYS = 28;
    private static final UnitCounts EMPTY = new UnitCounts(Map.of(), 0, 0, 0, 0, 0, 0, false, List.of(), List.of());

    private final EntityAccess ao;
    private final TeamCatalog catalog;
    private final VisibleSets sets;
    private final Supplier<ZoneId> zone;

    /** @param zone the organisation's time zone, the one {@link RollupMaintenance} writes days in */
    public RollupReader(EntityAccess ao, TeamCatalog catalog, VisibleSets sets, ZoneId zone) {
        this(ao, catalog, sets, () -> zone);
    }

    /** @param zone the zone the rollups are counted in now ({@link RollupStates#zones()}) */
    public RollupReader(EntityAccess ao, TeamCatalog catalog, VisibleSets sets, Supplier<ZoneId> zone) {
        this.ao = ao;
        this.catalog = catalog;
        this.sets = sets;
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone.get();
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
            return EMPTY;
        }
        long reachFrom = toDay - REACH_DAYS;
        List<TieFact> facts = ties(team, team == null, Math.min(fromDay, reachFrom), toDay, readable);
        People people = people(team, fromDay, toDay, readable);
        WorkItems items = new WorkItems(ao, zone(), readable);
        return counts(team, new UnitFigures(team, facts, fromDay), reachFrom,
                people.active.getOrDefault(team, Set.of()).size(), people.contributors.getOrDefault(team, Set.of()).size(),
                customerFacing(team, externalActivity(fromDay, toDay, readable), containers),
                items.firstResponses(team, fromDay, toDay).getOrDefault(team, List.of()),
                items.cycles(team, fromDay, toDay).getOrDefault(team, List.of()));
    }

    /**
     * Every team's figures at once, each exactly what {@link #unit} answers for it, from one
     * read of each rollup table: for a page that shows every team.
     *
     * @return by team key, for every team of the catalog
     */
    public Map<String, UnitCounts> teams(long fromDay, long toDay, Set<String> containers) {
        requirePeriod(fromDay, toDay);
        Readable readable = Readable.of(containers, sets);
        Map<String, UnitCounts> out = new TreeMap<>();
        if (readable.isNothing()) {
            catalog.teams().forEach(t -> out.put(t.key(), EMPTY));
            return out;
        }
        long reachFrom = toDay - REACH_DAYS;
        Map<String, List<TieFact>> byTeam = new HashMap<>();
        for (TieFact f : ties(null, false, Math.min(fromDay, reachFrom), toDay, readable)) {
            if (f.unitTeam != null) {
                byTeam.computeIfAbsent(f.unitTeam, k -> new ArrayList<>()).add(f);
            }
        }
        People people = people(null, fromDay, toDay, readable);
        Set<String> externalActivity = externalActivity(fromDay, toDay, readable);
        WorkItems items = new WorkItems(ao, zone(), readable);
        Map<String, List<WorkItem>> responses = items.firstResponses(null, fromDay, toDay);
        Map<String, List<WorkItem>> cycles = items.cycles(null, fromDay, toDay);
        for (Team t : catalog.teams()) {
            String key = t.key();
            out.put(key, counts(key, new UnitFigures(key, byTeam.getOrDefault(key, List.of()), fromDay), reachFrom,
                    people.active.getOrDefault(key, Set.of()).size(),
                    people.contributors.getOrDefault(key, Set.of()).size(),
                    customerFacing(key, externalActivity, containers), responses.getOrDefault(key, List.of()),
                    cycles.getOrDefault(key, List.of())));
        }
        return out;
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
        return UnitFigures.edges(ties(null, true, fromDay, toDay, readable));
    }

    private static UnitCounts counts(String team, UnitFigures figures, long reachFrom, long active, long contributors,
            boolean customerFacing, List<WorkItem> responses, List<WorkItem> cycles) {
        Map<Scope, Map<Novelty, CellCounts>> cells = figures.cells();
        long[] ei = figures.eiTies();
        return new UnitCounts(cells, active, contributors, ei[0], ei[1], figures.reach(reachFrom),
                cells.get(Scope.ACROSS).get(Novelty.NEW).ties(), customerFacing, responses, cycles);
    }

    private static void requirePeriod(long fromDay, long toDay) {
        if (fromDay >= toDay) {
            throw new IllegalArgumentException("a period ends after it starts");
        }
    }

    /** @param team a team's rows (both sides), or with null every team's, of one side or both */
    private List<TieFact> ties(String team, boolean actorsOnly, long fromDay, long toDay, Readable readable) {
        Where where = new Where();
        Query query = readable.from(AOTieDay.class, TieFact.COLUMNS, where);
        if (team != null) {
            where.add("r.UNIT_TEAM = ?", team);
        }
        if (actorsOnly) {
            where.add("r.SIDE = ?", TieDayRow.ACTOR);
        }
        where.add("r.EPOCH_DAY >= ? AND r.EPOCH_DAY < ?", (int) fromDay, (int) toDay);
        List<TieFact> out = new ArrayList<>();
        ao.stream(AOTieDay.class, where.apply(query), row -> out.add(new TieFact(row)));
        return out;
    }

    /** Active people and contributors by team; the organisation's (null) are the internal teams' people. */
    private People people(String team, long fromDay, long toDay, Readable readable) {
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
        Set<String> out = new HashSet<>();
        if (externalTeams.isEmpty()) {
            return out;
        }
        Where where = new Where();
        Query query = readable.from(AOTieDay.class, "ID, CONTAINER_KEY", where);
        where.add("r.SIDE = ? AND r.EPOCH_DAY >= ? AND r.EPOCH_DAY < ?", TieDayRow.ACTOR, (int) fromDay, (int) toDay);
        where.in("r.UNIT_TEAM", externalTeams);
        ao.stream(AOTieDay.class, where.apply(query), row -> out.add(row.getContainerKey()));
        return out;
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
