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
     * @return {@code {"period":{"from","to","previous":{…}},"organisation":UNIT,"teams":[UNIT…]}}
     * @throws BadRequestException naming {@code team} when the viewer sees no such team
     */
    public Map<String, Object> report(String viewer, MatrixQuery query) {
        MatrixSettings s = settings();
        MatrixAudience.View view = audience.of(viewer, s);
        Period period = query.period();
        List<Team> teams = query.team().isPresent() ? List.of(team(view, query.team().get())) : view.teams();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("period", periodMap(period, true));
        out.put("organisation", unit(null, view, period, s));
        List<Map<String, Object>> units = new ArrayList<>();
        for (Team t : teams) {
            units.add(unit(t, view, period, s));
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
            UnitCounts counts = counts(team, week, view.containers());
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
        List<Map<String, Object>> history = new ArrayList<>();
        for (Period week : Period.weeksEndingWith(weeks, today(), reader.zone(), s.firstDayOfWeek())) {
            Map<String, Object> point = periodMap(week, false);
            point.put("organisation", stage(null, orgMembers, week, view, s).stage());
            Map<String, Object> byTeam = new LinkedHashMap<>();
            for (Team t : view.teams()) {
                byTeam.put(t.key(), stage(t, members(t), week, view, s).stage());
            }
            point.put("teams", byTeam);
            history.add(point);
        }
        return Map.of("weeks", history);
    }

    private StageResult stage(Team team, long members, Period period, MatrixAudience.View view, MatrixSettings s) {
        UnitCounts counts = counts(team, period, view.containers());
        return Stages.evaluate(Metrics.of(counts, members), counts, members, period, s);
    }

    private Map<String, Object> unit(Team team, MatrixAudience.View view, Period period, MatrixSettings s) {
        long members = members(team);
        UnitCounts counts = counts(team, period, view.containers());
        UnitCounts previous = counts(team, period.previous(), view.containers());
        Metrics metrics = Metrics.of(counts, members);
        StageResult stage = Stages.evaluate(metrics, counts, members, period, s);
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
        if (target == null) {
            out.put("target", null);
        } else {
            Map<String, Object> t = new LinkedHashMap<>(target.toMap());
            t.put("status", TargetStatus.of(target, currentStage(team, members, view, s), today()).wire());
            out.put("target", t);
        }
        return out;
    }

    // A target is judged on the period that contains today, whatever period is shown.
    private StageResult currentStage(Team team, long members, MatrixAudience.View view, MatrixSettings s) {
        Period now = Period.of(PeriodKind.MONTH, today(), reader.zone(), s.firstDayOfWeek());
        return stage(team, members, now, view, s);
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
