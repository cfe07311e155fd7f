package org.valuematrix.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.valuematrix.activity.Novelty;
import org.valuematrix.activity.Scope;
import org.valuematrix.spi.Messages;

/**
 * Turns a matrix report ({@code MatrixService.report}) into what the page template prints: texts
 * already worded from the bundle (the renderer escapes them), numbers formatted, and each cell's
 * heat level. Only strings, numbers, booleans, maps and lists, as host templates require. A unit
 * map is what {@code templates/matrix/unit.vm} prints as {@code $u}.
 */
public final class MatrixView {
    /** Heat levels 0–4: a cell's share of the unit's busiest cell, in fifths. */
    private static final int LEVELS = 4;
    private static final String[] METRICS = {"participation", "contributionRate", "eiIndex", "crossTeamReach",
        "newCrossSiloTies", "externalShare", "timeToFirstResponseHours", "cycleTimeHours"};

    private final Messages messages;

    public MatrixView(Messages messages) {
        this.messages = messages;
    }

    /** @return the organisation's unit and then each team's, from a {@code MatrixService.report} */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> units(Map<String, Object> report) {
        List<Map<String, Object>> out = new ArrayList<>();
        out.add(unit((Map<String, Object>) report.get("organisation")));
        for (Map<String, Object> team : (List<Map<String, Object>>) report.get("teams")) {
            out.add(unit(team));
        }
        return out;
    }

    /** @return one UNIT of a report (the organisation's when its key is null), as {@code unit.vm} prints it */
    @SuppressWarnings("unchecked")
    public Map<String, Object> unit(Map<String, Object> u) {
        Map<String, Object> out = new LinkedHashMap<>();
        boolean organisation = u.get("key") == null;
        out.put("id", organisation ? "vm-unit-organisation" : "vm-unit-" + u.get("key"));
        out.put("name", organisation ? messages.text("vm.matrix.organisation") : u.get("name"));
        out.put("members", messages.text("vm.matrix.members", u.get("members")));
        int stage = ((Number) u.get("stage")).intValue();
        out.put("stage", stage);
        out.put("stageLabel", messages.text("vm.matrix.stage.label", stage, messages.text("vm.matrix.stage." + stage)));
        out.put("rows", rows((List<Map<String, Object>>) u.get("cells")));
        out.put("criteria", criteria((Map<String, Object>) u.get("next")));
        Map<String, Object> next = (Map<String, Object>) u.get("next");
        out.put("hasNext", next != null);
        out.put("nextTitle", next == null ? messages.text("vm.matrix.stage.highest")
                : messages.text("vm.matrix.stage.next", next.get("stage"), messages.text("vm.matrix.stage." + next.get("stage"))));
        out.put("metrics", metrics((Map<String, Object>) u.get("metrics")));
        Map<String, Object> target = (Map<String, Object>) u.get("target");
        out.put("hasTarget", target != null);
        if (target != null) {
            out.put("target", messages.text("vm.matrix.target.sentence", target.get("stage"),
                    messages.text("vm.matrix.stage." + target.get("stage")), target.get("by")));
            String status = String.valueOf(target.get("status"));
            out.put("targetStatus", messages.text("vm.matrix.target." + camel(status)));
            out.put("targetClass", "vm-target-" + status);
        }
        return out;
    }

    private List<Map<String, Object>> rows(List<Map<String, Object>> cells) {
        long busiest = 1;
        for (Map<String, Object> c : cells) {
            busiest = Math.max(busiest, ((Number) c.get("interactions")).longValue());
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Novelty n : Novelty.values()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("label", messages.text("vm.novelty." + n.wire()));
            List<Map<String, Object>> rowCells = new ArrayList<>();
            for (Scope s : Scope.values()) {
                for (Map<String, Object> c : cells) {
                    if (c.get("scope").equals(s.wire()) && c.get("novelty").equals(n.wire())) {
                        rowCells.add(cell(c, s, n, busiest));
                    }
                }
            }
            row.put("cells", rowCells);
            rows.add(row);
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> cell(Map<String, Object> c, Scope s, Novelty n, long busiest) {
        long interactions = ((Number) c.get("interactions")).longValue();
        long before = ((Number) ((Map<String, Object>) c.get("previous")).get("interactions")).longValue();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", messages.text("vm.matrix.cell." + s.wire() + "." + n.wire()));
        out.put("interactions", String.format(Locale.ROOT, "%,d", interactions));
        out.put("ties", messages.text("vm.matrix.cell.tiesCount", c.get("ties")));
        out.put("people", messages.text("vm.matrix.cell.peopleCount", c.get("people")));
        out.put("change", messages.text("vm.matrix.cell.change", change(interactions, before)));
        int level = interactions == 0 ? 0 : (int) Math.max(1, Math.round((double) LEVELS * interactions / busiest));
        boolean diagonal = (s == Scope.WITHIN && n == Novelty.EXISTING) || (s != Scope.WITHIN && n == Novelty.NEW);
        out.put("cssClass", "vm-heat-" + level + (diagonal ? " vm-diagonal" : ""));
        return out;
    }

    private String change(long now, long before) {
        if (before == 0) {
            return now == 0 ? messages.text("vm.matrix.change.none") : messages.text("vm.matrix.change.fromNothing");
        }
        long percent = Math.round(100.0 * (now - before) / before);
        return (percent > 0 ? "+" : percent < 0 ? "\u2212" : "\u00b1") + Math.abs(percent) + "\u00a0%";
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> criteria(Map<String, Object> next) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (next == null) {
            return out;
        }
        for (Map<String, Object> c : (List<Map<String, Object>>) next.get("criteria")) {
            String metric = String.valueOf(c.get("metric"));
            Number value = (Number) c.get("value");
            double threshold = ((Number) c.get("threshold")).doubleValue();
            Map<String, Object> o = new LinkedHashMap<>();
            boolean yesNo = "customerFacingActivity".equals(metric);
            String shown = value == null ? messages.text("vm.matrix.undefined")
                    : yesNo ? messages.text(value.doubleValue() >= 1 ? "vm.matrix.yes" : "vm.matrix.no")
                    : number(value.doubleValue());
            o.put("sentence", messages.text("vm.matrix.criterion." + metric, shown, number(threshold)));
            o.put("met", Boolean.TRUE.equals(c.get("met")));
            o.put("status", messages.text(Boolean.TRUE.equals(c.get("met")) ? "vm.matrix.criterion.met"
                    : "vm.matrix.criterion.notMet"));
            o.put("progress", progress(metric, value, threshold));
            out.add(o);
        }
        return out;
    }

    // How far a value has come towards its threshold, 0–100; the E-I index runs from −1.
    private static long progress(String metric, Number value, double threshold) {
        if (value == null) {
            return 0;
        }
        double v = value.doubleValue();
        double floor = "eiIndex".equals(metric) ? -1 : 0;
        double span = threshold - floor;
        double share = span <= 0 ? (v >= threshold ? 1 : 0) : (v - floor) / span;
        return Math.round(100 * Math.max(0, Math.min(1, share)));
    }

    private List<Map<String, Object>> metrics(Map<String, Object> metrics) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String m : METRICS) {
            Object v = metrics.get(m);
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("label", messages.text("vm.matrix.metric." + m));
            o.put("value", v == null ? messages.text("vm.matrix.undefined") : metricValue(m, ((Number) v).doubleValue()));
            out.add(o);
        }
        return out;
    }

    private static String metricValue(String metric, double v) {
        if (metric.equals("participation") || metric.equals("contributionRate") || metric.equals("externalShare")) {
            return Math.round(100 * v) + "\u00a0%";
        }
        return number(v);
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v).replace('-', '\u2212');
        }
        return String.format(Locale.ROOT, "%.2f", v).replace('-', '\u2212');
    }

    private static String camel(String wire) {
        StringBuilder out = new StringBuilder();
        boolean up = false;
        for (char ch : wire.toCharArray()) {
            if (ch == '-' || ch == '_') {
                up = true;
            } else {
                out.append(up ? Character.toUpperCase(ch) : ch);
                up = false;
            }
        }
        return out.toString();
    }
}
