package org.valuematrix.standalone.demo;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress line on the console: redrawn in place on a terminal, printed every tenth of the way
 * otherwise (logs, tests).
 */
final class ConsoleProgress {
    private final PrintStream out;
    private final String label;
    private final long total;
    private final long divisor;
    private final boolean terminal;
    private final long startNanos = System.nanoTime();
    private long lastPrint;
    private int lastTenth = -1;

    ConsoleProgress(PrintStream out, String label, long total) {
        this.out = out;
        this.label = label;
        this.total = total;
        this.divisor = Math.max(1, total);
        this.terminal = System.console() != null;
    }

    void update(long done) {
        int tenth = (int) (done * 10 / divisor);
        long now = System.nanoTime();
        if (terminal && now - lastPrint > 250_000_000L) {
            out.print("\r" + line(done));
            out.flush();
            lastPrint = now;
        } else if (!terminal && tenth > lastTenth) {
            out.println(line(done));
            lastTenth = tenth;
        }
    }

    void done(long done) {
        out.print(terminal ? "\r" + line(done) + "\n" : line(done) + "\n");
        out.flush();
    }

    double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private String line(long done) {
        return String.format(Locale.ROOT, "%s: %,d of %,d (%d%%), %.1f s", label, done, total, done * 100 / divisor,
                seconds());
    }
}
