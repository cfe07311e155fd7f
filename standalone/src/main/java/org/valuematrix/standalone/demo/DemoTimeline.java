package org.valuematrix.standalone.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;

/** When the demo's events happen: how many each day, and at what times. */
final class DemoTimeline {
    private static final long DAY_MILLIS = Duration.ofDays(1).toMillis();

    private final Random random;
    private final Instant start;
    private final int days;

    DemoTimeline(Random random, Instant start, int days) {
        this.random = random;
        this.start = start;
        this.days = days;
    }

    /**
     * Splits the total over the days by volume, rounding so the sum is exact. Deliberately no
     * weekday or office-hours rhythm: those depend on the calendar date of "now", and the demo
     * must be the same whenever it is loaded (and the people work across time zones anyway).
     */
    long[] perDay(long total) {
        double[] w = new double[days];
        double sum = 0;
        for (int d = 0; d < days; d++) {
            w[d] = JourneyCurve.volume((double) d / days);
            sum += w[d];
        }
        long[] out = new long[days];
        long assigned = 0;
        double carry = 0;
        for (int d = 0; d < days; d++) {
            double exact = total * w[d] / sum + carry;
            out[d] = (long) Math.floor(exact);
            carry = exact - out[d];
            assigned += out[d];
        }
        out[days - 1] += total - assigned;
        return out;
    }

    /** Sorted event times within day d. */
    long[] times(int d, int n) {
        long dayStart = start.toEpochMilli() + d * DAY_MILLIS;
        long[] times = new long[n];
        for (int i = 0; i < n; i++) {
            times[i] = dayStart + (long) (random.nextDouble() * DAY_MILLIS);
        }
        Arrays.sort(times);
        return times;
    }
}
