package org.valuematrix.web;

import java.util.Locale;

/** Numbers of the matrix page as people read them: whole numbers grouped, others to two decimals, rates in per cent. */
final class MatrixFormat {
    private MatrixFormat() {
    }

    /** @return whether the metric is a share of 0 to 1, shown in per cent */
    static boolean isRate(String metric) {
        return metric.equals("participation") || metric.equals("contributionRate") || metric.equals("externalShare");
    }

    static String metricValue(String metric, double v) {
        if (isRate(metric)) {
            return Math.round(100 * v) + "\u00a0%";
        }
        return number(v);
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v).replace('-', '\u2212');
        }
        return String.format(Locale.ROOT, "%.2f", v).replace('-', '\u2212');
    }

    /** A number for SVG coordinates: a point, never a comma, whatever the default locale. */
    static String coordinate(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
