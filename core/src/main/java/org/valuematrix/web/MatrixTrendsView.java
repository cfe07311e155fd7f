package org.valuematrix.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.valuematrix.matrix.Metric;
import org.valuematrix.matrix.Stage;
import org.valuematrix.spi.Messages;
import org.valuematrix.support.Html;

/**
 * The page's weekly views of {@code MatrixService.page}: one unit's trend of every metric (an SVG
 * chart, a summary sentence and the weekly values as a table), and the journey: every unit's stage
 * week by week as a coloured strip, with a legend and the same stages as a table.
 */
final class MatrixTrendsView {
    private final Messages messages;

    MatrixTrendsView(Messages messages) {
        this.messages = messages;
    }

    /**
     * @param trends a unit's {@code trends}: every metric's weekly values
     * @param weeks the page's {@code weeks}
     * @param trendUrl the JSON of one metric's trend, without the metric: ends with {@code metric=}
     */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> charts(Map<String, Object> trends, List<Map<String, Object>> weeks, String trendUrl) {
        List<Map<String, Object>> out = new ArrayList<>();
        String first = weekLabel(weeks.get(0));
        String last = weekLabel(weeks.get(weeks.size() - 1));
        for (Metric m : Metric.values()) {
            List<Number> values = (List<Number>) trends.get(m.wire());
            String id = "vm-trend-" + m.wire();
            Map<String, Object> chart = new LinkedHashMap<>();
            String label = messages.text(m.labelKey());
            chart.put("id", id);
            chart.put("title", label);
            chart.put("summary", summary(m.wire(), values, weeks));
            chart.put("svgHtml", TrendChart.svgHtml(m.wire(), values, id + "-title " + id + "-summary", first, last));
            chart.put("caption", messages.text("vm.matrix.trend.caption", label));
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("week", weekLabel(weeks.get(i)));
                row.put("value", value(m.wire(), values.get(i)));
                rows.add(row);
            }
            chart.put("rows", rows);
            chart.put("jsonUrlHtml", Html.escape(trendUrl + m.wire()));
            chart.put("json", messages.text("vm.matrix.trend.json", label));
            out.add(chart);
        }
        return out;
    }

    private String summary(String metric, List<Number> values, List<Map<String, Object>> weeks) {
        int latest = -1;
        int gaps = 0;
        double low = Double.MAX_VALUE;
        double high = -Double.MAX_VALUE;
        for (int i = 0; i < values.size(); i++) {
            Number v = values.get(i);
            if (v == null) {
                gaps++;
            } else {
                latest = i;
                low = Math.min(low, v.doubleValue());
                high = Math.max(high, v.doubleValue());
            }
        }
        if (latest < 0) {
            return messages.text("vm.matrix.trend.empty", values.size());
        }
        return messages.text("vm.matrix.trend.summary", value(metric, values.get(latest)), weekLabel(weeks.get(latest)),
                MatrixFormat.metricValue(metric, low), MatrixFormat.metricValue(metric, high), gaps, values.size());
    }

    /**
     * @param journey the page's {@code journey}: the organisation (key null) and each team, with its weekly stages
     * @return {@code rows} (name, strip and its summary), {@code legend}, and {@code table}: a header of
     *     unit names and one row of stage numbers per week
     */
    @SuppressWarnings("unchecked")
    Map<String, Object> journey(List<Map<String, Object>> journey, List<Map<String, Object>> weeks) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Map<String, Object> unit : journey) {
            String name = unit.get("key") == null ? messages.text("vm.matrix.organisation") : (String) unit.get("name");
            List<Integer> stages = (List<Integer>) unit.get("stages");
            names.add(name);
            int highest = stages.stream().mapToInt(Integer::intValue).max().orElse(0);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", name);
            String summary = messages.text("vm.matrix.journey.summary", name, stages.get(stages.size() - 1), highest,
                    stages.size());
            row.put("summary", summary);
            row.put("svgHtml", strip(stages, weeks, summary));
            rows.add(row);
        }
        List<Map<String, Object>> legend = new ArrayList<>();
        for (Stage s : Stage.values()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("cssClass", "vm-stage-fill-" + s.number());
            item.put("label", stageName(s.number()));
            legend.add(item);
        }
        List<Map<String, Object>> table = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            List<Object> cells = new ArrayList<>();
            for (Map<String, Object> unit : journey) {
                cells.add(((List<Integer>) unit.get("stages")).get(i));
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("week", weekLabel(weeks.get(i)));
            row.put("stages", cells);
            table.add(row);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rows", rows);
        out.put("legend", legend);
        out.put("names", names);
        out.put("table", table);
        return out;
    }

    /** One unit's stages as a strip of weekly squares, each titled with its week and stage for a pointer. */
    private String strip(List<Integer> stages, List<Map<String, Object>> weeks, String summary) {
        StringBuilder svg = new StringBuilder(64 * stages.size());
        svg.append("<svg class=\"vm-journey-strip\" viewBox=\"0 0 ").append(stages.size())
                .append(" 1\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"").append(Html.escape(summary))
                .append("\" focusable=\"false\">");
        for (int i = 0; i < stages.size(); i++) {
            int stage = stages.get(i);
            svg.append("<rect class=\"vm-stage-fill-").append(stage).append("\" x=\"").append(i)
                    .append("\" y=\"0\" width=\"0.9\" height=\"1\"><title>")
                    .append(Html.escape(messages.text("vm.matrix.journey.week", weekLabel(weeks.get(i)), stageName(stage))))
                    .append("</title></rect>");
        }
        return svg.append("</svg>").toString();
    }

    private String stageName(int stage) {
        return messages.text("vm.matrix.stage.label", stage, messages.text("vm.matrix.stage." + stage));
    }

    private String value(String metric, Number v) {
        return v == null ? messages.text("vm.matrix.undefined") : MatrixFormat.metricValue(metric, v.doubleValue());
    }

    private static String weekLabel(Map<String, Object> week) {
        return String.valueOf(week.get("from"));
    }
}
