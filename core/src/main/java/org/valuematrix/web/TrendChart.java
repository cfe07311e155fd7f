package org.valuematrix.web;

import java.util.List;
import org.valuematrix.support.Html;

/**
 * A weekly series as an inline SVG line chart, made on the server (no script, no external
 * resource): one line per run of weeks with a value, an undefined week a gap in the line, a
 * lone week a dot. The chart is an image named by other elements ({@code aria-labelledby});
 * its numbers are in the table next to it, which is the accessible form of the same data.
 */
final class TrendChart {
    private static final double WIDTH = 320;
    private static final double HEIGHT = 120;
    private static final double LEFT = 44;
    private static final double RIGHT = 6;
    private static final double TOP = 8;
    private static final double BOTTOM = 22;

    private TrendChart() {
    }

    /**
     * @param metric the metric's wire name, which fixes the scale: shares 0–1, the E-I index −1 to +1,
     *     counts and hours from 0 to the highest value
     * @param values one per week, oldest first, null where undefined
     * @param labelledBy the ids of the elements that name and describe the chart
     * @param firstWeek the first week's label; {@code lastWeek} the last one's
     * @return the {@code <svg>} element, every text in it escaped
     */
    static String svgHtml(String metric, List<Number> values, String labelledBy, String firstWeek, String lastWeek) {
        double low = "eiIndex".equals(metric) ? -1 : 0;
        double high = MatrixFormat.isRate(metric) || "eiIndex".equals(metric) ? 1 : 0;
        for (Number v : values) {
            if (v != null) {
                high = Math.max(high, v.doubleValue());
            }
        }
        if (high <= low) {
            high = low + 1;
        }
        StringBuilder svg = new StringBuilder(2048);
        svg.append("<svg class=\"vm-trend-chart\" viewBox=\"0 0 ").append((int) WIDTH).append(' ').append((int) HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"").append(Html.escape(labelledBy))
                .append("\" preserveAspectRatio=\"xMidYMid meet\" focusable=\"false\">");
        double bottom = HEIGHT - BOTTOM;
        svg.append("<line class=\"vm-trend-axis\" x1=\"").append(LEFT).append("\" y1=\"").append(bottom)
                .append("\" x2=\"").append(WIDTH - RIGHT).append("\" y2=\"").append(bottom).append("\"/>");
        if (low < 0) {
            double zero = y(0, low, high);
            svg.append("<line class=\"vm-trend-zero\" x1=\"").append(LEFT).append("\" y1=\"").append(c(zero))
                    .append("\" x2=\"").append(WIDTH - RIGHT).append("\" y2=\"").append(c(zero)).append("\"/>");
        }
        label(svg, LEFT - 4, TOP + 4, "end", MatrixFormat.metricValue(metric, high));
        label(svg, LEFT - 4, bottom, "end", MatrixFormat.metricValue(metric, low));
        label(svg, LEFT, HEIGHT - 6, "start", firstWeek);
        label(svg, WIDTH - RIGHT, HEIGHT - 6, "end", lastWeek);
        StringBuilder path = new StringBuilder();
        int n = values.size();
        for (int i = 0; i < n; i++) {
            Number v = values.get(i);
            if (v == null) {
                continue;
            }
            double x = x(i, n);
            double y = y(v.doubleValue(), low, high);
            boolean startsRun = i == 0 || values.get(i - 1) == null;
            boolean endsRun = i == n - 1 || values.get(i + 1) == null;
            if (startsRun && endsRun) {
                svg.append("<circle class=\"vm-trend-dot\" cx=\"").append(c(x)).append("\" cy=\"").append(c(y))
                        .append("\" r=\"2.5\"/>");
            } else {
                path.append(startsRun ? 'M' : 'L').append(c(x)).append(' ').append(c(y)).append(' ');
            }
        }
        if (path.length() > 0) {
            svg.append("<path class=\"vm-trend-line\" d=\"").append(path.toString().trim()).append("\"/>");
        }
        return svg.append("</svg>").toString();
    }

    private static void label(StringBuilder svg, double x, double y, String anchor, String text) {
        svg.append("<text x=\"").append(c(x)).append("\" y=\"").append(c(y)).append("\" text-anchor=\"").append(anchor)
                .append("\">").append(Html.escape(text)).append("</text>");
    }

    private static double x(int i, int n) {
        double span = WIDTH - LEFT - RIGHT;
        return n == 1 ? LEFT + span / 2 : LEFT + span * i / (n - 1);
    }

    private static double y(double v, double low, double high) {
        double span = HEIGHT - TOP - BOTTOM;
        return TOP + span * (1 - (v - low) / (high - low));
    }

    private static String c(double v) {
        return MatrixFormat.coordinate(v);
    }
}
