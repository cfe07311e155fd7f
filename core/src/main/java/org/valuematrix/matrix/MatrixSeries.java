package org.valuematrix.matrix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The weekly answers ({@code /matrix/trend}, {@code /matrix/stages}) built from
 * {@link WeeklyCounts}, and their parameters checked.
 */
final class MatrixSeries {
    static final int MAX_WEEKS = 156;

    private MatrixSeries() {
    }

    /** @return {@code {"team","metric","weeks":[{"from","to","value"}…]}}, oldest week first */
    static Map<String, Object> trend(WeeklyCounts weekly, String team, Metric metric) {
        List<Number> values = weekly.trend(team, metric);
        List<Map<String, Object>> series = new ArrayList<>();
        for (int i = 0; i < weekly.size(); i++) {
            Map<String, Object> point = MatrixUnit.period(weekly.weeks().get(i), false);
            point.put("value", values.get(i));
            series.add(point);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("team", team);
        out.put("metric", metric.wire());
        out.put("weeks", series);
        return out;
    }

    /** @return {@code {"weeks":[{"from","to","organisation":n,"teams":{key:n}}…]}}, oldest first */
    static Map<String, Object> stages(WeeklyCounts weekly, List<String> teams, MatrixSettings s) {
        List<Integer> organisation = weekly.stages(null, s);
        Map<String, List<Integer>> byTeam = new LinkedHashMap<>();
        teams.forEach(t -> byTeam.put(t, weekly.stages(t, s)));
        List<Map<String, Object>> history = new ArrayList<>();
        for (int i = 0; i < weekly.size(); i++) {
            Map<String, Object> point = MatrixUnit.period(weekly.weeks().get(i), false);
            point.put("organisation", organisation.get(i));
            Map<String, Object> week = new LinkedHashMap<>();
            for (Map.Entry<String, List<Integer>> t : byTeam.entrySet()) {
                week.put(t.getKey(), t.getValue().get(i));
            }
            point.put("teams", week);
            history.add(point);
        }
        return Map.of("weeks", history);
    }

    /** @return the metric named, or null with the problem put under {@code metric} */
    static Metric metric(String text, Map<String, String> errors) {
        if (text == null || text.isEmpty()) {
            errors.put("metric", "is required: one of " + metricNames());
            return null;
        }
        Metric metric = Metric.parse(text).orElse(null);
        if (metric == null) {
            errors.put("metric", "must be one of " + metricNames());
        }
        return metric;
    }

    /** @return the weeks asked for (1 to {@value #MAX_WEEKS}), or the fallback when not given or bad */
    static int weeks(String text, int fallback, Map<String, String> errors) {
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
}
