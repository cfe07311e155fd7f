package org.valuematrix.standalone.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.valuematrix.ValueMatrix;
import org.valuematrix.activity.CapturedEvent;
import org.valuematrix.activity.capture.QueuedActivityCapture;
import org.valuematrix.ao.EntityManagers;
import org.valuematrix.matrix.rollup.Days;
import org.valuematrix.matrix.rollup.RollupReader;

/**
 * The matrix page as a live site serves it: the page the product shows today (this month so far,
 * as many days of the month before, and 52 weeks ending with this week, so far), read again and
 * again while new events keep arriving. Before each read, {@link #EVENTS_PER_PAGE} new events go
 * through the capture path with today's time, so they land in this week and this month: their
 * rollup changes delete the kept answers that read today, and the read computes those again and
 * reads every other answer back. The plain SQL baseline computes the same page's periods in the
 * same run.
 */
final class MatrixSteadyState {
    /** New events captured before each page read; {@code -Dbench.matrixLiveEvents=N} changes it. */
    static final int EVENTS_PER_PAGE = Integer.getInteger("bench.matrixLiveEvents", 50);
    private static final String FIGURES = BenchDatabase.quoted(EntityManagers.TABLE_PREFIX + "MATRIX_FIGURES");

    private final BenchDatabase db;
    private final PrintStream out;
    private final ZoneId zone;
    final int pages;
    final int sqlPages;
    final List<long[]> periods = new ArrayList<>();
    final Latencies steady;
    final Latencies sql;
    long[] currentWeek;
    long[] currentMonth;
    long events;
    long withCounterpart;
    long landed;
    long dropped;
    long captureNanos;
    long wallNanos;
    long weekInteractionsBefore;
    long weekInteractionsAfter;

    MatrixSteadyState(BenchDatabase db, PrintStream out, ZoneId zone, int pages) {
        this.db = db;
        this.out = out;
        this.zone = zone;
        this.pages = pages * 4;
        this.sqlPages = pages;
        this.steady = new Latencies(this.pages);
        this.sql = new Latencies(pages);
    }

    /** @param end where the stored events end; the live ones continue from the run's clock */
    void run(ValueMatrix vm, BenchOrganisation org, long seed, Instant end) throws Exception {
        LocalDate today = LocalDate.now(zone);
        long tomorrow = today.toEpochDay() + 1;
        LocalDate month = today.withDayOfMonth(1);
        long days = tomorrow - month.toEpochDay();
        currentMonth = new long[] {month.toEpochDay(), tomorrow};
        periods.add(currentMonth);
        LocalDate previous = month.minusMonths(1);
        periods.add(new long[] {previous.toEpochDay(), Math.min(previous.toEpochDay() + days, month.toEpochDay())});
        LocalDate week = today.minusDays(today.getDayOfWeek().getValue() - 1);
        for (int w = MatrixBenchmark.WEEKS - 1; w >= 1; w--) {
            LocalDate from = week.minusWeeks(w);
            periods.add(new long[] {from.toEpochDay(), from.plusWeeks(1).toEpochDay()});
        }
        currentWeek = new long[] {week.toEpochDay(), tomorrow};
        periods.add(currentWeek);
        RollupReader reader = vm.rollupReader();
        out.printf("matrix, steady state: today's page (%d reads) read %d times, %d new events captured with"
                + " today's time before each …%n", periods.size() * 2, pages, EVENTS_PER_PAGE);
        page(reader);
        weekInteractionsBefore = reader.unit(null, currentWeek[0], currentWeek[1], null).interactions();
        // Live events continue the generator's mix of people, teams and containers; only their time is now.
        EventGenerator generator = new EventGenerator(org, 1_000_000, seed ^ 0x4C495645L, end);
        QueuedActivityCapture capture = vm.queuedCapture();
        long t0 = System.nanoTime();
        for (int i = 0; i < pages; i++) {
            long kept = kept();
            long c0 = System.nanoTime();
            capture(capture, generator);
            captureNanos += System.nanoTime() - c0;
            dropped += kept - kept();
            long p = page(reader);
            steady.add(p);
            if (i < 3 || i == pages - 1) {
                out.printf("  page %d: %.0f ms (%d kept answers deleted by the new events so far)%n", i + 1, p / 1e6,
                        dropped);
            }
        }
        wallNanos = System.nanoTime() - t0;
        weekInteractionsAfter = reader.unit(null, currentWeek[0], currentWeek[1], null).interactions();
        for (int i = 0; i < sqlPages; i++) {
            sql.add(sqlPage());
        }
        out.printf("  steady p50 / p95 %.0f / %.0f ms; SQL p95 %.0f ms; %,d of %,d live events on today's date;"
                + " this week's interactions %,d → %,d%n", steady.percentile(50), steady.percentile(95),
                sql.percentile(95), landed, events, weekInteractionsBefore, weekInteractionsAfter);
    }

    private void capture(QueuedActivityCapture capture, EventGenerator generator) throws InterruptedException {
        long before = capture.storedCount() + capture.failedCount();
        for (int i = 0; i < EVENTS_PER_PAGE; i++) {
            CapturedEvent e = generator.next();
            Instant now = Instant.now();
            if (Days.of(now, zone) == currentWeek[1] - 1) {
                landed++;
            }
            if (e.counterpart().isPresent()) {
                withCounterpart++;
            }
            capture.put(new CapturedEvent("live:" + e.sourceId(), now, e.actor(), e.verb(), e.object(),
                    e.containerKey(), e.product(), e.counterpart().orElse(null), e.status().orElse(null)));
            events++;
        }
        capture.flush();
        while (capture.storedCount() + capture.failedCount() - before < EVENTS_PER_PAGE) {
            Thread.sleep(1);
        }
        if (capture.failedCount() > 0 || capture.droppedCount() > 0) {
            throw new IllegalStateException("live capture failed " + capture.failedCount() + " and dropped "
                    + capture.droppedCount() + " events");
        }
    }

    private long page(RollupReader reader) {
        long t0 = System.nanoTime();
        for (long[] p : periods) {
            reader.teams(p[0], p[1], null);
            reader.unit(null, p[0], p[1], null);
        }
        return System.nanoTime() - t0;
    }

    private long sqlPage() throws SQLException {
        long t0 = System.nanoTime();
        try (Connection c = db.connect()) {
            for (long[] p : periods) {
                PlainMatrixSql.period(c, Days.startMillis(p[0], zone), Days.startMillis(p[1], zone),
                        Days.startMillis(p[1] - RollupReader.REACH_DAYS, zone));
            }
        }
        return System.nanoTime() - t0;
    }

    /** @return the kept answers in the database */
    private long kept() throws SQLException {
        try (Connection c = db.connect();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + FIGURES + " WHERE \"FILLED\" = ?")) {
            s.setBoolean(1, true);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
