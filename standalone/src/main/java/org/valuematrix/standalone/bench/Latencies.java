package org.valuematrix.standalone.bench;

import java.util.Arrays;

/** Response times of one method over one query set, in nanoseconds. */
final class Latencies {
    private final long[] nanos;
    private int n;

    Latencies(int capacity) {
        this.nanos = new long[capacity];
    }

    void add(long value) {
        nanos[n++] = value;
    }

    int count() {
        return n;
    }

    /** Nearest-rank percentile in milliseconds. */
    double percentile(double p) {
        long[] sorted = Arrays.copyOf(nanos, n);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * n);
        return sorted[Math.max(0, Math.min(n - 1, rank - 1))] / 1e6;
    }

    double mean() {
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += nanos[i];
        }
        return n == 0 ? 0 : sum / 1e6 / n;
    }
}
