package org.valuematrix.activity.stream;

import java.time.Instant;
import java.util.List;

/**
 * How far back each statement of a stream page reaches. A page reads the last hour before its
 * upper bound first (a day, for a team filter), then wider windows from the same upper bound
 * until one holds a full page or reaches back {@link #LAST_MILLIS}. Each wider window reads the
 * narrower one's rows again, so a page should reach its width in few steps: the next window is
 * as wide as the rows found so far suggest a full page needs, with room to spare, and between
 * 8 and 64 times wider.
 * Shared by core and the benchmark's hand-written SQL, so both send the same statements.
 */
public final class TimeWindows {
    public static final long FIRST_MILLIS = 3_600_000L;
    /**
     * A team's events are a few in a hundred: a team page starts with a day. Its statements walk
     * the team index newest-first and stop after the page, so a wide first window costs little,
     * and each window saved is a statement per team and side.
     */
    public static final long FIRST_TEAM_MILLIS = 24 * FIRST_MILLIS;
    /** Past this width the next statement has no lower bound (other than {@code since}): ten years. */
    public static final long LAST_MILLIS = 10L * 366 * 24 * 3_600_000L;
    static final int MIN_WIDENING = 8;
    static final int MAX_WIDENING = 64;
    /** Aim this many times beyond the estimate: rows are not spread evenly over time. */
    private static final int MARGIN = 2;

    private TimeWindows() {
    }

    /** Reads one window: everything of the page's filter from {@code lower} (epoch ms) on. */
    public interface Window<T, E extends Exception> {
        List<T> read(long lower) throws E;
    }

    /**
     * Reads wider and wider windows back from the page's upper bound (its cursor, {@code until}
     * or {@code now}) until one holds {@code max} rows or reaches {@code since}.
     *
     * @return the rows of the last window read
     */
    public static <T, E extends Exception> List<T> widening(StreamFilter filter, long now, int max,
            Window<T, E> window) throws E {
        long anchor = filter.cursor().map(StreamCursor::occurredAt)
                .orElse(filter.until().map(Instant::toEpochMilli).orElse(now));
        long floor = filter.since().map(Instant::toEpochMilli).orElse(Long.MIN_VALUE);
        long width = first(filter);
        while (true) {
            long lower = anchor - width;
            boolean last = lower <= floor || width >= LAST_MILLIS;
            List<T> rows = window.read(last ? floor : lower);
            if (last || rows.size() >= max) {
                return rows;
            }
            width = next(width, rows.size(), max);
        }
    }

    /** @return the width of a page's first window */
    public static long first(StreamFilter filter) {
        return filter.teams().isEmpty() ? FIRST_MILLIS : FIRST_TEAM_MILLIS;
    }

    /**
     * @param width the window just read, in milliseconds
     * @param found how many rows it held, fewer than wanted
     * @param wanted how many rows the page needs
     * @return the width of the next window
     */
    public static long next(long width, int found, int wanted) {
        long factor = found <= 0 ? MAX_WIDENING
                : Math.max(MIN_WIDENING, Math.min(MAX_WIDENING, ceilDiv((long) MARGIN * wanted, found)));
        return width >= LAST_MILLIS / factor ? LAST_MILLIS : width * factor;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
