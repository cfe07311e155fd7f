package org.valuematrix.matrix;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.valuematrix.activity.Novelty;
import org.valuematrix.activity.Scope;
import org.valuematrix.matrix.rollup.Days;
import org.valuematrix.matrix.rollup.RollupReader;
import org.valuematrix.rest.BadRequestException;
import org.valuematrix.team.Team;

/**
 * The value matrix of the units a viewer may see ({@link MatrixAudience}), computed from the
 * rollups only: cells against the previous period, metrics, stage with the next stage's
 * criteria, benefit evidence and target. Answers are plain maps and lists, ready for JSON, CSV
 * and templates; the organisation's key is null and undefined values are null.
 */
public class MatrixService {
    static final int MAX_WEEKS = 156;

    private final RollupReader reader;
    private final MatrixAudience audience;
    private final MatrixSettingsStore settings;
    private final Clock clock;

    public MatrixService(RollupReader reader, MatrixAudience audience, MatrixSettingsStore settings, Clock clock) {
        this.reader = reader;
        this.audience = audience;
        this.settings = settings;
        this.clock = clock;
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
     *     previous period
     * @throws BadRequestException naming {@code team} when the viewer sees no such team
     */
    public Map<String, Object> report(String viewer, MatrixQuery query) {
        MatrixSettings s = settings();
        MatrixAudience.View view = audience.of(viewer, s);
        Period period = query.period();
        List<Team> teams = query.team().isPresent() ? List.of(team(view, query.team().get())) : view.teams();
        Period counted = soFar(period);
        Map<String, UnitCounts> now = counts(teams, counted, view.containers());
        Map<String, UnitCounts> before = counts(teams, sameDays(period.previous(), counted), view.containers());
        Map<String, UnitCounts> thisMonth = null;
        Period month = soFar(Period.of(PeriodKind.MONTH, today(), reader.zone(), s.firstDayOfWeek()));
        for (Team t : teams) {
            if (s.targets().containsKey(t.key()) && thisMonth == null) {
                thisMonth = month.equals(counted) ? now : counts(teams, month, view.containers());
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("period", periodMap(period, true));
        out.put("organisation", unit(null, counted, now.get(null), before.get(null), null, s));
        List<Map<String, Object>> units = new ArrayList<>();
        for (Team t : teams) {
            StageResult current = null;
            if (thisMonth != null && s.targets().containsKey(t.key())) {
                UnitCounts c = thisMonth.get(t.key());
                long members = members(t);
                current = Stages.evaluate(Metrics.of(c, members), c, members, month, s);
            }
            units.add(unit(t, counted, now.get(t.key()), before.get(t.key()), current, s));
        }
        out.put("teams", units);
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
        Metric metric = null;
        if (metricText == null || metricText.isEmpty()) {
            errors.put("metric", "is required: one of " + metricNames());
        } else {
            metric = Metric.parse(metricText).orElse(null);
            if (metric == null) {
                errors.put("metric", "must be one of " + metricNames());
            }
        }
        int weeks = weeks(weeksText, 52, errors);
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
        long members = members(team);
        List<Map<String, Object>> series = new ArrayList<>();
        for (Period week : Period.weeksEndingWith(weeks, today(), reader.zone(), s.firstDayOfWeek())) {
            UnitCounts counts = counts(team, soFar(week), view.containers());
            Map<String, Object> point = periodMap(week, false);
            point.put("value", Metrics.of(counts, members).value(metric));
            series.add(point);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("team", teamKey);
        out.put("metric", metric.wire());
        out.put("weeks", series);
        return out;
    }

    /** @return {@code {"period":…,"edges":[{"teamA","teamB","interactions","newTies"}…]}} between teams the viewer sees */
    public Map<String, Object> edges(String viewer, MatrixQuery query) {
        MatrixSettings s = settings();
        MatrixAudience.View view = audience.of(viewer, s);
        Period period = query.period();
        List<Map<String, Object>> edges = new ArrayList<>();
        for (TeamEdge e : reader.edges(day(period.from()), day(period.to()), view.containers())) {
            if (view.team(e.teamA()).isPresent() || view.everything()) {
                Map<String, Object> edge = new LinkedHashMap<>();
                edge.put("teamA", e.teamA());
                edge.put("teamB", e.teamB());
                edge.put("interactions", e.interactions());
                edge.put("newTies", e.newTies());
                edges.add(edge);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("period", periodMap(period, false));
        out.put("edges", edges);
        return out;
    }

    /** @return {@code {"weeks":[{"from","to","organisation":n,"teams":{key:n}}…]}}, oldest first */
    public Map<String, Object> stages(String viewer, String weeksText) {
        MatrixSettings s = settings();
        MatrixAudience.View view = audience.of(viewer, s);
        Map<String, String> errors = new LinkedHashMap<>();
        int weeks = weeks(weeksText, 52, errors);
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        long orgMembers = members(null);
        Map<String, Long> teamMembers = new LinkedHashMap<>();
        for (Team t : view.teams()) {
            teamMembers.put(t.key(), members(t));
        }
        List<Map<String, Object>> history = new ArrayList<>();
        for (Period week : Period.weeksEndingWith(weeks, today(), reader.zone(), s.firstDayOfWeek())) {
            Period counted = soFar(week);
            Map<String, UnitCounts> counts = counts(view.teams(), counted, view.containers());
            Map<String, Object> point = periodMap(week, false);
            point.put("organisation", stage(counts.get(null), orgMembers, counted, s));
            Map<String, Object> byTeam = new LinkedHashMap<>();
            for (Team t : view.teams()) {
                byTeam.put(t.key(), stage(counts.get(t.key()), teamMembers.get(t.key()), counted, s));
            }
            point.put("teams", byTeam);
            history.add(point);
        }
        return Map.of("weeks", history);
    }

    private static int stage(UnitCounts counts, long members, Period counted, MatrixSettings s) {
        return Stages.evaluate(Metrics.of(counts, members), counts, members, counted, s).stage();
    }

    private Map<String, Object> unit(Team team, Period counted, UnitCounts counts, UnitCounts previous,
            StageResult current, MatrixSettings s) {
        long members = members(team);
        Metrics metrics = Metrics.of(counts, members);
        StageResult stage = Stages.evaluate(metrics, counts, members, counted, s);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("key", team == null ? null : team.key());
        out.put("name", team == null ? null : team.name());
        out.put("kind", team == null ? null : team.kind().wire());
        out.put("members", members);
        out.put("cells", cells(counts, previous));
        out.put("metrics", metrics.toMap());
        out.put("evidence", Evidence.of(counts).toMap());
        out.putAll(stage.toMap());
        Target target = team == null ? null : s.targets().get(team.key());
        if (target == null || current == null) {
            out.put("target", null);
        } else {
            Map<String, Object> t = new LinkedHashMap<>(target.toMap());
            t.put("status", TargetStatus.of(target, current, today()).wire());
            out.put("target", t);
        }
        return out;
    }

    /**
     * The organisation's counts (key null) and each team's, read in one pass per rollup table
     * when there are several teams.
     */
    private Map<String, UnitCounts> counts(List<Team> teams, Period period, Set<String> containers) {
        long from = day(period.from());
        long to = day(period.to());
        Map<String, UnitCounts> out = new java.util.HashMap<>();
        out.put(null, reader.unit(null, from, to, containers));
        if (teams.size() == 1) {
            out.put(teams.get(0).key(), reader.unit(teams.get(0).key(), from, to, containers));
        } else if (!teams.isEmpty()) {
            out.putAll(reader.teams(from, to, containers));
        }
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

    /**
     * The part of a period up to today: a period still running is counted and judged on the days
     * it has had (a 28-day reach window ending in the future would look back at days to come).
     */
    private Period soFar(Period period) {
        LocalDate today = today();
        if (period.lastDay().isAfter(today) && !period.firstDay().isAfter(today)) {
            return Period.custom(period.firstDay(), today, reader.zone());
        }
        return period;
    }

    private static List<Map<String, Object>> cells(UnitCounts now, UnitCounts before) {
        List<Map<String, Object>> cells = new ArrayList<>();
        for (Novelty n : Novelty.values()) {
            for (Scope sc : Scope.values()) {
                Map<String, Object> cell = new LinkedHashMap<>();
                cell.put("scope", sc.wire());
                cell.put("novelty", n.wire());
                cell.putAll(counts(now.cell(sc, n)));
                cell.put("previous", counts(before.cell(sc, n)));
                cells.add(cell);
            }
        }
        return cells;
    }

    private static Map<String, Object> counts(CellCounts c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("interactions", c.interactions());
        out.put("ties", c.ties());
        out.put("people", c.people());
        return out;
    }

    private UnitCounts counts(Team team, Period period, Set<String> containers) {
        return reader.unit(team == null ? null : team.key(), day(period.from()), day(period.to()), containers);
    }

    private long members(Team team) {
        return team == null ? audience.organisationMembers().size() : audience.members(team).size();
    }

    private long day(java.time.Instant at) {
        return Days.of(at, reader.zone());
    }

    private static Team team(MatrixAudience.View view, String key) {
        return view.team(key).orElseThrow(() -> BadRequestException.of("team", "no such team"));
    }

    private static int weeks(String text, int fallback, Map<String, String> errors) {
        if (text == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= MAX_WEEKS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // Answered below, as an out-of-range number is.
        }
        errors.put("weeks", "must be a whole number from 1 to " + MAX_WEEKS);
        return fallback;
    }

    private static String metricNames() {
        List<String> names = new ArrayList<>();
        for (Metric m : Metric.values()) {
            names.add(m.wire());
        }
        return String.join(", ", names);
    }

    private static Map<String, Object> periodMap(Period p, boolean withPrevious) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from", p.firstDay().toString());
        out.put("to", p.lastDay().toString());
        if (withPrevious) {
            out.put("previous", periodMap(p.previous(), false));
        }
        return out;
    }
}
