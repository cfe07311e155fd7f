package org.valuematrix.standalone.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.valuematrix.ValueMatrix;
import org.valuematrix.matrix.rollup.Days;
import org.valuematrix.matrix.rollup.RollupReader;

/**
 * The value matrix's figures: a full rollup rebuild over the stored events, and the data of a
 * matrix page read from the rollups (the organisation and every team, a month and the month
 * before, and 52 weeks of trends and stages) against the same counts computed by plain SQL over
 * the events, in the same run.
 *
 * <p>A page is 108 reads: {@code unit(null, …)} and {@code teams(…)} for the month, the month
 * before and each of the 52 weeks that end with the last whole week. The reader keeps its
 * answers in the database, so the first page (every answer computed) and later pages (every
 * answer read back) are measured apart; the "computed" page empties the kept answers first.
 */
final class MatrixBenchmark {
    static final int WEEKS = 52;

    private final BenchDatabase db;
    private final PrintStream out;
    private final ZoneId zone;
    private final LocalDate today;
    final List<long[]> periods = new ArrayList<>();
    long rebuildNanos;
    long rebuildEvents;
    final Latencies computed;
    final Latencies cached;
    final Latencies sql;
    final int pages;

    MatrixBenchmark(BenchDatabase db, PrintStream out, ZoneId zone, LocalDate today, int pages) {
        this.db = db;
        this.out = out;
        this.zone = zone;
        this.today = today;
        this.pages = pages;
        this.computed = new Latencies(pages);
        this.cached = new Latencies(pages);
        this.sql = new Latencies(pages);
        LocalDate month = today.withDayOfMonth(1).minusMonths(1);
        periods.add(new long[] {month.toEpochDay(), month.plusMonths(1).toEpochDay()});
        periods.add(new long[] {month.minusMonths(1).toEpochDay(), month.toEpochDay()});
        LocalDate week = today.minusDays(today.getDayOfWeek().getValue() - 1);
        for (int w = WEEKS; w >= 1; w--) {
            LocalDate from = week.minusWeeks(w);
            periods.add(new long[] {from.toEpochDay(), from.plusWeeks(1).toEpochDay()});
        }
    }

    /** Rebuilds every rollup from the stored events and times it. */
    void rebuild(ValueMatrix vm) {
        out.println("matrix: rebuilding the rollups from the stored events …");
        long t0 = System.nanoTime();
        rebuildEvents = vm.rollupRebuild().rebuild();
        rebuildNanos = System.nanoTime() - t0;
        out.printf("  %,d events in %.1f s%n", rebuildEvents, rebuildNanos / 1e9);
    }

    /** Reads the page's data from the rollups ({@code pages} times computed, {@code pages} times kept) and by SQL. */
    void reads(ValueMatrix vm) throws SQLException {
        RollupReader reader = vm.rollupReader();
        out.printf("matrix: %d pages of %d reads each, computed, kept and by plain SQL …%n", pages, periods.size() * 2);
        for (int i = 0; i < pages; i++) {
            db.execute("DELETE FROM " + BenchDatabase.quoted(org.valuematrix.ao.EntityManagers.TABLE_PREFIX
                    + "MATRIX_FIGURES"));
            long c = page(reader, null);
            long k = page(reader, null);
            long q = sqlPage();
            computed.add(c);
            cached.add(k);
            sql.add(q);
            out.printf("  page %d: computed %.0f ms, kept %.0f ms, SQL %.0f ms%n", i + 1, c / 1e6, k / 1e6, q / 1e6);
        }
        // The kept answers are read again more often: that is what the page does between changes.
        Latencies more = new Latencies(pages * 4);
        for (int i = 0; i < pages * 4; i++) {
            more.add(page(reader, null));
        }
        keptMore = more;
    }

    Latencies keptMore;

    private long page(RollupReader reader, Set<String> containers) {
        long t0 = System.nanoTime();
        for (long[] p : periods) {
            // In the order the page asks: every team, then the organisation (kept by the first).
            reader.teams(p[0], p[1], containers);
            reader.unit(null, p[0], p[1], containers);
        }
        return System.nanoTime() - t0;
    }

    private long sqlPage() throws SQLException {
        long t0 = System.nanoTime();
        try (Connection c = db.connect()) {
            for (long[] p : periods) {
                PlainMatrixSql.period(c, Days.startMillis(p[0], zone), Days.startMillis(p[1], zone),
                        Days.startMillis(p[1] - 28, zone));
            }
        }
        return System.nanoTime() - t0;
    }

    /** Runs a statement and reads every row; @return the rows */
    static long drain(PreparedStatement s) throws SQLException {
        long rows = 0;
        try (ResultSet rs = s.executeQuery()) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= n; i++) {
                    rs.getObject(i);
                }
                rows++;
            }
        }
        return rows;
    }
}
