package org.valuematrix.standalone.bench;

import java.io.PrintStream;

/** Progress lines for long work: a bar, the count, the rate and the time left, every few seconds. */
final class Progress {
    private static final long EVERY_NANOS = 5_000_000_000L;
    private final PrintStream out;
    private final String label;
    private final long total;
    private final long started = System.nanoTime();
    private long lastPrint = started;

    Progress(PrintStream out, String label, long total) {
        this.out = out;
        this.label = label;
        this.total = total;
    }

    void update(long done) {
        long now = System.nanoTime();
        if (now - lastPrint >= EVERY_NANOS) {
            lastPrint = now;
            print(done, now);
        }
    }

    void done(long done) {
        print(done, System.nanoTime());
    }

    private void print(long done, long now) {
        double seconds = (now - started) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        int width = 30;
        int filled = total == 0 ? width : (int) (width * Math.min(1.0, (double) done / total));
        String bar = "#".repeat(filled) + ".".repeat(width - filled);
        long left = rate > 0 ? (long) ((total - done) / rate) : 0;
        out.printf("  %-28s [%s] %,d / %,d  %,.0f/s  %s elapsed, ~%s left%n", label, bar, done, total, rate,
                duration((long) seconds), duration(left));
        out.flush();
    }

    static String duration(long seconds) {
        return seconds >= 3600 ? String.format("%dh%02dm", seconds / 3600, seconds % 3600 / 60)
                : seconds >= 60 ? String.format("%dm%02ds", seconds / 60, seconds % 60) : seconds + "s";
    }
}
