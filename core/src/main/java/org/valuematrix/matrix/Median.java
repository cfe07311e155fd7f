package org.valuematrix.matrix;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;

/** The median of a sample: the middle value of an odd count, the mean of the two middle ones of an even count. */
public final class Median {
    private static final double NANOS_PER_HOUR = 3_600_000_000_000.0;

    private Median() {
    }

    /** @return the median of {@code values}, or null when there are none */
    public static Double of(double... values) {
        if (values.length == 0) {
            return null;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** @return the median duration of the items in hours, or null when there are none */
    public static Double hours(Collection<WorkItem> items) {
        return of(items.stream().mapToDouble(i -> hours(i.duration())).toArray());
    }

    static double hours(Duration d) {
        return d.getSeconds() / 3600.0 + d.getNano() / NANOS_PER_HOUR;
    }
}
