package org.valuematrix.matrix.rollup;

import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.valuematrix.activity.stream.VisibleSets;
import org.valuematrix.matrix.TeamEdge;
import org.valuematrix.matrix.UnitCounts;
import org.valuematrix.spi.EntityAccess;
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
 * <p>Distinct counts (ties, people) do not add up across days, so a read takes the period's
 * tie rows grouped by pair and cell, and its distinct (team, person) rows, from the database and
 * counts in memory ({@link RollupCounts}); sums (reach) are grouped in the database. Its cost
 * grows with the distinct pairs and people of the period, never with the events.
 * {@link #teams} reads each table once for every team. Each answer is kept in the database ({@link FiguresCache}) until a change to the
 * rollup rows it read deletes it, so asking again (the next page view, on any node) reads one
 * row.
 */
public class RollupReader {
    public static final int REACH_DAYS = 28;
    private static final String ORGANISATION = "organisation";
    private static final String TEAMS = "teams";
    private final Supplier<ZoneId> zone;
    private final RollupCounts counts;
    private final FiguresCache cache;
    private final FiguresKeys keys;

    /** @param zone the organisation's time zone, the one {@link RollupMaintenance} writes days in */
    public RollupReader(EntityAccess ao, TeamCatalog catalog, VisibleSets sets, ZoneId zone) {
        this(ao, catalog, sets, () -> zone);
    }

    /** @param zone the zone the rollups are counted in now ({@link RollupStates#zones()}) */
    public RollupReader(EntityAccess ao, TeamCatalog catalog, VisibleSets sets, Supplier<ZoneId> zone) {
        this.zone = zone;
        this.counts = new RollupCounts(ao, catalog, sets, zone);
        this.cache = new FiguresCache(ao, Clock.systemUTC());
        this.keys = new FiguresKeys(catalog, zone);
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
        if (containers != null && containers.isEmpty()) {
            return RollupCounts.EMPTY;
        }
        Map<String, UnitCounts> one = cache.get(keys.of("unit", team, fromDay, toDay, containers),
                Math.min(fromDay, toDay - REACH_DAYS), toDay, () -> {
                    Map<String, UnitCounts> m = new HashMap<>();
                    m.put(team, counts.unit(team, fromDay, toDay, containers));
                    return m;
                }, FiguresCodec::units, FiguresCodec::units);
        return one.get(team);
    }

    /**
     * Every team's figures at once, each exactly what {@link #unit} answers for it, from one
     * read of each rollup table: for a page that shows every team. Ask it before the
     * organisation's {@link #unit}: it keeps that answer too.
     *
     * @return by team key, for every team of the catalog
     */
    public Map<String, UnitCounts> teams(long fromDay, long toDay, Set<String> containers) {
        requirePeriod(fromDay, toDay);
        if (containers != null && containers.isEmpty()) {
            Map<String, UnitCounts> none = new TreeMap<>();
            counts.catalogTeams().forEach(t -> none.put(t, RollupCounts.EMPTY));
            return none;
        }
        return new TreeMap<>(together(TEAMS, fromDay, toDay, containers));
    }

    /**
     * The organisation's figures and every team's read the same rows, and a page of every team
     * asks for both: one computation answers both and keeps each under its own key, so
     * {@link #unit unit(null, …)} asked next reads the organisation's back. (The organisation
     * asked alone, with one team or none, is computed alone.)
     */
    private Map<String, UnitCounts> together(String wanted, long fromDay, long toDay, Set<String> containers) {
        Map<String, String> both = new HashMap<>();
        both.put(ORGANISATION, keys.of("unit", null, fromDay, toDay, containers));
        both.put(TEAMS, keys.of("teams", null, fromDay, toDay, containers));
        return cache.getTogether(wanted, both, Math.min(fromDay, toDay - REACH_DAYS), toDay, () -> {
            Map<String, UnitCounts> all = counts.everyUnit(fromDay, toDay, containers);
            Map<String, UnitCounts> organisation = new HashMap<>();
            organisation.put(null, all.remove(null));
            Map<String, Map<String, UnitCounts>> out = new HashMap<>();
            out.put(ORGANISATION, organisation);
            out.put(TEAMS, all);
            return out;
        }, FiguresCodec::units, FiguresCodec::units);
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
        if (containers != null && containers.isEmpty()) {
            return List.of();
        }
        return cache.get(keys.of("edges", null, fromDay, toDay, containers), fromDay, toDay,
                () -> counts.edges(fromDay, toDay, containers), FiguresCodec::edges, FiguresCodec::edges);
    }

    private static void requirePeriod(long fromDay, long toDay) {
        if (fromDay >= toDay) {
            throw new IllegalArgumentException("a period ends after it starts");
        }
    }
}
