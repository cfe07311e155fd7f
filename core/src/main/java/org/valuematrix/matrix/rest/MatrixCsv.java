package org.valuematrix.matrix.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A matrix report as CSV (RFC 4180): one row per unit under a header: the period, the unit, its
 * cells, metrics and benefit evidence split by team boundary (median hours and items). A cell that a spreadsheet
 * would read as a formula (starting with {@code = + - @}, tab or carriage return) is prefixed with
 * an apostrophe, so a team name cannot run code on the reader's machine.
 */
final class MatrixCsv {
    private static final String[] METRICS = {"participation", "contributionRate", "eiIndex", "crossTeamReach",
        "newCrossSiloTies", "externalShare", "timeToFirstResponseHours", "cycleTimeHours"};
    /** The benefit evidence's medians and items, by measure and side, after the metrics. */
    private static final String[] MEASURES = {"timeToFirstResponse", "cycleTime"};
    private static final String[] SIDES = {"crossedBoundary", "withinTeam"};

    private MatrixCsv() {
    }

    @SuppressWarnings("unchecked")
    static String write(Map<String, Object> report) {
        StringBuilder out = new StringBuilder();
        List<Map<String, Object>> units = new ArrayList<>();
        units.add((Map<String, Object>) report.get("organisation"));
        units.addAll((List<Map<String, Object>>) report.get("teams"));
        Map<String, Object> period = (Map<String, Object>) report.get("period");
        List<String> header = new ArrayList<>(List.of("from", "to", "team", "name", "kind", "members", "stage"));
        for (Map<String, Object> cell : (List<Map<String, Object>>) units.get(0).get("cells")) {
            String prefix = cell.get("novelty") + "_" + cell.get("scope") + "_";
            header.add(prefix + "interactions");
            header.add(prefix + "ties");
            header.add(prefix + "people");
        }
        header.addAll(List.of(METRICS));
        for (String measure : MEASURES) {
            for (String side : SIDES) {
                header.add(measure + "_" + side + "_medianHours");
                header.add(measure + "_" + side + "_items");
            }
        }
        line(out, new ArrayList<>(header));
        for (Map<String, Object> u : units) {
            List<Object> row = new ArrayList<>(List.of(period.get("from"), period.get("to")));
            row.add(u.get("key"));
            row.add(u.get("name"));
            row.add(u.get("kind"));
            row.add(u.get("members"));
            row.add(u.get("stage"));
            for (Map<String, Object> cell : (List<Map<String, Object>>) u.get("cells")) {
                row.add(cell.get("interactions"));
                row.add(cell.get("ties"));
                row.add(cell.get("people"));
            }
            Map<String, Object> metrics = (Map<String, Object>) u.get("metrics");
            for (String m : METRICS) {
                row.add(metrics.get(m));
            }
            Map<String, Object> evidence = (Map<String, Object>) u.get("evidence");
            for (String measure : MEASURES) {
                for (String side : SIDES) {
                    Map<String, Object> sample = (Map<String, Object>) ((Map<String, Object>) evidence.get(measure)).get(side);
                    row.add(sample.get("medianHours"));
                    row.add(sample.get("items"));
                }
            }
            line(out, row);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(values.get(i)));
        }
        out.append("\r\n");
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (value instanceof String && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
