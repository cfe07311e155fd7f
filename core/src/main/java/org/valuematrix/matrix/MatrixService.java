package org.valuematrix.matrix;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.valuematrix.matrix.rollup.Days;
import org.valuematrix.matrix.rollup.RollupReader;
import org.valuematrix.rest.BadRequestException;
import org.valuematrix.team.Team;

/**
 * The value matrix of the units a viewer may see ({@link MatrixAudience}), computed from the
 * rollups only: cells against the previous period, metrics, stage with the next stage's
 * criteria, benefit evidence and target; the weekly trends and stage history. Answers are plain
 * maps and lists, ready for JSON, CSV and templates; the organisation's key is null and undefined
 * values are null. Every weekly figure of one answer comes from one read per week
 * ({@link MatrixWeeks}).
 */
public class MatrixService {
    /** The weeks of trends and of the journey on the page: a year. */
    public static final int TREND_WEEKS = 52;

    private final RollupReader reader;
    private final MatrixAudience audience;
    private final MatrixSettingsStore settings;
    private final Clock clock;
    private final MatrixWeeks weeks;

    public MatrixService(RollupReader reader, MatrixAudience audience, MatrixSettingsStore settings, Clock clock) {
        this.reader = reader;
        this.audience = audience;
        this.settings = settings;
        this.clock = clock;
        this.weeks = new MatrixWeeks(reader);
    }

    public MatrixSettings settings() {
        return settings.current();
    }

    /** @return today in the zone the rollups count days in */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(reader.zone()));
    }

    /** Parses a matrix read's parameters in the organisation's zone and week. */
    public MatrixQuery query(Map<String, List<String>> params) {
        return MatrixQuery.parse(params, today(), reader.zone(), settings().firstDayOfWeek());
    }

    /**
     * @return {@code {"period":{"from","to","previous":{…}},"organisation":UNIT,"teams":[UNIT…]}}; a
     *     running period counts its days so far, and each cell's {@code previous} as many days of the
     *     previous period; each UNIT's evidence as {@link MatrixEvidence#toMap}, its before/after
     *     from the stage history of the last {@value #TREND_WEEKS} weeks
     * @throws BadRequestException naming {@code team} when the viewer sees no such team
     */
    public Map<String, Object> report(String viewer, MatrixQuery query) {
        MatrixSettings s = settings();
        MatrixAudience.View view = audience.of(viewer, s);
        List<Team> teams = shown(view, query);
        return report(view, query.period(), teams, history(view, teams, s), s);
    }

    /**
     * Everything the matrix page shows, from one weekly read: the {@link #report}, and
     * {@code "weeks":[{"from","to"}…]} (the last {@value #TREND_WEEKS}, oldest first), in each
     * UNIT {@code "trends":{metric:[value…]}} (null where undefined), {@code "journey":[{"key",
     * "name","stages":[n…]}…]} for the organisation and every team the viewer sees, and
     * {@code "edges"} as {@link #edges}.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> page(String viewer, MatrixQuery query) {
        MatrixSettings s = settings();
        MatrixAudience.View view = audience.of(viewer, s);
        List<Team> teams = shown(view, query);
        WeeklyCounts history = history(view, view.teams(), s);
        Map<String, Object> out = report(view, query.period(), teams, history, s);
        WeeklyCounts year = history.last(TREND_WEEKS);
        List<Map<String, Object>> weekList = new ArrayList<>();
        year.weeks().forEach(w -> weekList.add(MatrixUnit.period(w, false)));
        out.put("weeks", weekList);
        List<Map<String, Object>> units = new ArrayList<>();
        units.add((Map<String, Object>) out.get("organisation"));
        units.addAll((List<Map<String, Object>>) out.get("teams"));
        for (Map<String, Object> u : units) {
            Map<String, Object> trends = new LinkedHashMap<>();
            for (Metric m : Metric.values()) {
                trends.put(m.wire(), year.trend((String) u.get("key"), m));
            }
            u.put("trends", trends);
        }
        List<Map<String, Object>> journey = new ArrayList<>();
        journey.add(journeyRow(null, null, year, s));
        view.teams().forEach(t -> journey.add(journeyRow(t.key(), t.name(), year, s)));
        out.put("journey", journey);
        out.put("edges", edges(view, query.period(), s));
        return out;
    }

    /**
     * @return {@code {"team","metric","weeks":[{"from","to","value"}…]}}, oldest week first
     * @throws BadRequestException naming {@code team}, {@code metric} or {@code weeks}
     */
    public Map<String, Object> trend(String viewer, String teamKey, String metricText, String weeksText) {
        MatrixSettings s = settings();
        MatrixAudience.View view = audience.of(viewer, s);
        Map<String, String> errors = new LinkedHashMap<>();
        Metric metric = MatrixSeries.metric(metricText, errors);
        int n = MatrixSeries.weeks(weeksText, TREND_WEEKS, errors);
        Team team = null;
        if (teamKey != null) {
            team = view.team(teamKey).orElse(null);
            if (team == null) {
                errors.put("team", "no such team");
            }
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        List<Team> teams = team == null ? List.of() : List.of(team);
        return MatrixSeries.trend(weeks.read(teams, team == null, n, today(), s.firstDayOfWeek(), view.containers(),
                members(teams)), teamKey, metric);
    }

    /**
     * @return {@code {"period":…,"edges":[{"teamA","teamB","nameA","nameB","interactions","newTies"}…]}}:
     *     every pair with a team the viewer sees on either side and, unless the viewer sees
     *     everything, a team of at least the minimum size on the other
     */
    public Map<String, Object> edges(String viewer, MatrixQuery query) {
        MatrixSettings s = settings();
        MatrixAudience.View view = audience.of(viewer, s);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("period", MatrixUnit.period(query.period(), false));
        out.put("edges", edges(view, query.period(), s));
        return out;
    }

    /** @return {@code {"weeks":[{"from","to","organisation":n,"teams":{key:n}}…]}}, oldest first */
    public Map<String, Object> stages(String viewer, String weeksText) {
        MatrixSettings s = settings();
        MatrixAudience.View view = audience.of(viewer, s);
        Map<String, String> errors = new LinkedHashMap<>();
        int n = MatrixSeries.weeks(weeksText, TREND_WEEKS, errors);
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        List<String> keys = new ArrayList<>();
        view.teams().forEach(t -> keys.add(t.key()));
        return MatrixSeries.stages(weeks.read(view.teams(), true, n, today(), s.firstDayOfWeek(), view.containers(),
                members(view.teams())), keys, s);
    }

    private Map<String, Object> report(MatrixAudience.View view, Period period, List<Team> teams,
            WeeklyCounts history, MatrixSettings s) {
        LocalDate today = today();
        Period counted = MatrixWeeks.soFar(period, today);
        Map<String, UnitCounts> now = counts(teams, counted, view.containers());
        Map<String, UnitCounts> before = counts(teams, sameDays(period.previous(), counted), view.containers());
        Map<String, UnitCounts> thisMonth = null;
        Period month = MatrixWeeks.soFar(Period.of(PeriodKind.MONTH, today, reader.zone(), s.firstDayOfWeek()), today);
        if (teams.stream().anyMatch(t -> s.targets().containsKey(t.key()))) {
            thisMonth = month.equals(counted) ? now : counts(teams, month, view.containers());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("period", MatrixUnit.period(period, true));
        out.put("organisation", MatrixUnit.of(null, history.members(null), counted, now.get(null), before.get(null),
                null, evidence(null, now.get(null), history, s), s, today));
        List<Map<String, Object>> units = new ArrayList<>();
        for (Team t : teams) {
            long members = history.members(t.key());
            StageResult current = null;
            if (thisMonth != null && s.targets().containsKey(t.key())) {
                UnitCounts c = thisMonth.get(t.key());
                current = Stages.evaluate(Metrics.of(c, members), c, members, month, s);
            }
            UnitCounts c = now.get(t.key());
            units.add(MatrixUnit.of(t, members, counted, c, before.get(t.key()), current,
                    evidence(t.key(), c, history, s), s, today));
        }
        out.put("teams", units);
        return out;
    }

    private static Map<String, Object> evidence(String unit, UnitCounts period, WeeklyCounts history, MatrixSettings s) {
        return MatrixEvidence.toMap(period, MatrixEvidence.beforeAfter(history, unit, s), history);
    }

    /** The weeks a report's before/after needs: those shown and the whole window before the first of them. */
    private WeeklyCounts history(MatrixAudience.View view, List<Team> teams, MatrixSettings s) {
        return weeks.read(teams, true, TREND_WEEKS + BeforeAfter.WEEKS, today(), s.firstDayOfWeek(),
                view.containers(), members(teams));
    }

    private List<Map<String, Object>> edges(MatrixAudience.View view, Period period, MatrixSettings s) {
        List<Map<String, Object>> edges = new ArrayList<>();
        Map<String, Boolean> sizeable = new HashMap<>();
        for (TeamEdge e : reader.edges(day(period.from()), day(period.to()), view.containers())) {
            if (view.everything() || shown(view, e.teamA(), e.teamB(), sizeable, s)
                    || shown(view, e.teamB(), e.teamA(), sizeable, s)) {
                Map<String, Object> edge = new LinkedHashMap<>();
                edge.put("teamA", e.teamA());
                edge.put("teamB", e.teamB());
                edge.put("nameA", audience.name(e.teamA()).orElse(e.teamA()));
                edge.put("nameB", audience.name(e.teamB()).orElse(e.teamB()));
                edge.put("interactions", e.interactions());
                edge.put("newTies", e.newTies());
                edges.add(edge);
            }
        }
        return edges;
    }

    /** Whether a pair counts as the viewer's: {@code mine} is their team, and {@code other} is not too small to show. */
    private boolean shown(MatrixAudience.View view, String mine, String other, Map<String, Boolean> sizeable,
            MatrixSettings s) {
        return view.team(mine).isPresent() && sizeable.computeIfAbsent(other, k -> audience.shownToOthers(k, s));
    }

    private static Map<String, Object> journeyRow(String key, String name, WeeklyCounts year, MatrixSettings s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("key", key);
        row.put("name", name);
        row.put("stages", year.stages(key, s));
        return row;
    }

    /**
     * The organisation's counts (key null) and each team's, read in one pass per rollup table
     * when there are several teams.
     */
    private Map<String, UnitCounts> counts(List<Team> teams, Period period, Set<String> containers) {
        long from = day(period.from());
        long to = day(period.to());
        Map<String, UnitCounts> out = new HashMap<>();
        // Every team first: that read keeps the organisation's answer too.
        if (teams.size() == 1) {
            out.put(teams.get(0).key(), reader.unit(teams.get(0).key(), from, to, containers));
        } else if (!teams.isEmpty()) {
            out.putAll(reader.teams(from, to, containers));
        }
        out.put(null, reader.unit(null, from, to, containers));
        return out;
    }

    /**
     * As many days of the previous period as the current one has had, so a period in its second
     * day is compared with the previous period's first two days, not with all of it.
     */
    private Period sameDays(Period previous, Period counted) {
        if (counted.days() >= previous.days()) {
            return previous;
        }
        return Period.custom(previous.firstDay(), previous.firstDay().plusDays(counted.days() - 1), reader.zone());
    }

    /** @return the members now of the organisation (key null) and of each team */
    private Map<String, Long> members(List<Team> teams) {
        Map<String, Long> out = new HashMap<>();
        out.put(null, (long) audience.organisationMembers().size());
        teams.forEach(t -> out.put(t.key(), (long) audience.members(t).size()));
        return out;
    }

    private long day(java.time.Instant at) {
        return Days.of(at, reader.zone());
    }

    private static List<Team> shown(MatrixAudience.View view, MatrixQuery query) {
        if (query.team().isEmpty()) {
            return view.teams();
        }
        return List.of(view.team(query.team().get()).orElseThrow(() -> BadRequestException.of("team", "no such team")));
    }
}
