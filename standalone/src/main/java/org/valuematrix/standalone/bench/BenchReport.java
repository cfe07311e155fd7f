package org.valuematrix.standalone.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.valuematrix.standalone.bench.IngestBenchmark.Rate;
import org.valuematrix.standalone.bench.StreamBenchmark.Result;

/** The run's figures as Markdown, each beside the baseline measured in the same run. */
final class BenchReport {
    static final double INGEST_TARGET = 50_000;
    static final double INGEST_RATIO_TARGET = 0.5;
    static final double P95_TARGET_MS = 10;
    static final double SQL_RATIO_TARGET = 1.5;
    static final double LIVE_RATIO_TARGET = 20;

    private final List<String> lines = new ArrayList<>();

    void line(String text) {
        lines.add(text);
    }

    void section(String title) {
        lines.add("");
        lines.add("## " + title);
        lines.add("");
    }

    void ingest(Rate captureSlice, Rate baseline, long sameRows, Rate captureAll, Rate fill) {
        section("Ingest");
        line("Wall-clock rate under the machine's load at the time, and CPU per event (load-independent): the"
                + " writer thread (capture: EventIngest in the capture writer; baseline: the JDBC batch writer), the"
                + " producer (generation, plus in-memory classification for the baseline) and the whole process"
                + " (including the database's threads, JIT and GC).");
        line("");
        line("| path | events | seconds | events/s | writer CPU µs/event | producer CPU µs/event | process CPU µs/event |");
        line("|---|---:|---:|---:|---:|---:|---:|");
        rateRow("capture path → EventIngest → AO bulk create (alternating blocks)", captureSlice);
        if (baseline != null) {
            rateRow("raw JDBC addBatch/executeBatch of the same rows into the twin table (alternating blocks)", baseline);
            line(String.format("| **capture ÷ raw JDBC** | | | **%.2f×** | %.2f× | %.2f× | %.2f× |",
                    captureSlice.perSecond() / baseline.perSecond(), captureSlice.writerMicros() / baseline.writerMicros(),
                    captureSlice.producerMicros() / baseline.producerMicros(),
                    captureSlice.processMicros() / baseline.processMicros()));
        }
        if (captureAll != null && captureAll.events > captureSlice.events) {
            rateRow("capture path, every captured event", captureAll);
        }
        if (fill != null) {
            rateRow("raw JDBC fill of the remaining events (not the capture path)", fill);
        }
        line("");
        line("- target ≥ 50,000 events/s: " + verdict(captureSlice.perSecond() >= INGEST_TARGET,
                String.format("(%,.0f events/s, %.0f %% of the target)", captureSlice.perSecond(),
                        100 * captureSlice.perSecond() / INGEST_TARGET)));
        if (baseline != null) {
            double ratio = captureSlice.perSecond() / baseline.perSecond();
            line("- target ≥ 0.5× raw JDBC: " + verdict(ratio >= INGEST_RATIO_TARGET, String.format("(%.2f×)", ratio)));
            line(String.format("- raw JDBC rows identical to the stored events in all %d written columns: %,d of %,d.",
                    RowClassifier.COLUMNS.length, sameRows, baseline.events));
        }
    }

    static final double ROLLUP_COST_TARGET = 0.20;
    static final double MATRIX_P95_TARGET_MS = 100;
    static final double MATRIX_SQL_RATIO_TARGET = 0.1;
    static final double REBUILD_TARGET_S = 120;
    static final double REBUILD_DUCK_RATIO_TARGET = 10;

    /** @param withRollups the capture path as shipped; {@code without} the same path without rollup maintenance */
    void rollupCost(Rate withRollups, Rate without) {
        if (without == null) {
            return;
        }
        section("Rollup maintenance's cost to ingest");
        line("The capture path with and without rollup maintenance (a capture whose ingest has no"
                + " StoredBatchListener), half of each alternating block each, same table, same run.");
        line("");
        line("| path | events | seconds | events/s | writer CPU µs/event | producer CPU µs/event | process CPU µs/event |");
        line("|---|---:|---:|---:|---:|---:|---:|");
        rateRow("capture path with rollup maintenance", withRollups);
        rateRow("capture path without rollup maintenance", without);
        double cost = 1 - withRollups.perSecond() / without.perSecond();
        double cpuCost = 1 - without.writerMicros() / withRollups.writerMicros();
        line("");
        line(String.format("- throughput lost to rollup maintenance: %.0f %% (writer CPU per event: %.0f %% of it is"
                + " rollup maintenance); target ≤ 20 %%: %s", 100 * cost, 100 * cpuCost,
                verdict(cost <= ROLLUP_COST_TARGET, String.format("(%.0f %%)", 100 * cost))));
    }

    void matrix(MatrixBenchmark m, DuckDbRollups duck, long[] rollupRows) {
        section("Value matrix: rollup rebuild");
        line(String.format("RollupRebuild over %,d stored events: %.1f s (%,.0f events/s); it wrote %,d tie-day, %,d"
                + " person-day and %,d work-item rows.", m.rebuildEvents, m.rebuildNanos / 1e9,
                m.rebuildEvents / (m.rebuildNanos / 1e9), rollupRows[0], rollupRows[1], rollupRows[2]));
        line("");
        if (duck.skipped != null) {
            line("DuckDB baseline not measured in this run: " + duck.skipped + " (see BENCHMARKS.md for the class path).");
        } else {
            double ratio = m.rebuildNanos / (double) duck.computeNanos;
            line(String.format("DuckDB (in process, in memory, %d threads) computing the same rollups from the same"
                    + " events: %.1f s (%,d tie-day, %,d person-day, %,d work-item rows); copying the events out %.1f s"
                    + " and loading them %.1f s, not counted.", Machine.cores(), duck.computeNanos / 1e9,
                    duck.tieRows, duck.personRows, duck.itemRows, duck.exportNanos / 1e9, duck.loadNanos / 1e9));
            line("");
            line(String.format("- rebuild ÷ DuckDB: %.1f×; target ≤ 10×: %s", ratio,
                    verdict(ratio <= REBUILD_DUCK_RATIO_TARGET, String.format("(%.1f×)", ratio))));
        }
        line("- rebuild ≤ 120 s: " + verdict(m.rebuildNanos / 1e9 <= REBUILD_TARGET_S,
                String.format("(%.1f s for %,d events)", m.rebuildNanos / 1e9, m.rebuildEvents)));
        section("Value matrix: a page's data (organisation + every team; a month, the month before, 52 weeks)");
        line(String.format("%d reads per page (unit(null, …) and teams(…) for each of %d periods), every container"
                + " (an administrator's view). Milliseconds, p50 / p95 / p99 over %d pages; the plain SQL"
                + " baseline computes the cells, E-I ties, reach and active members and contributors of the same"
                + " periods from the event table (not the work items: it does less than the reader).",
                m.periods.size() * 2, m.periods.size(), m.pages));
        line("");
        line("| way | pages | p50 / p95 / p99 | ÷ plain SQL (p95) |");
        line("|---|---:|---|---:|");
        line(String.format("| rollups, answers computed (none kept yet) | %d | %s | %.2f× |", m.computed.count(),
                pct(m.computed), m.computed.percentile(95) / m.sql.percentile(95)));
        line(String.format("| rollups, answers kept from the previous page | %d | %s | %.3f× |", m.keptMore.count(),
                pct(m.keptMore), m.keptMore.percentile(95) / m.sql.percentile(95)));
        line(String.format("| plain SQL over the events | %d | %s | 1× |", m.sql.count(), pct(m.sql)));
        line("");
        double p95 = m.keptMore.percentile(95);
        double ratio = p95 / m.sql.percentile(95);
        line("- kept answers, p95 ≤ 100 ms: " + verdict(p95 <= MATRIX_P95_TARGET_MS, String.format("(%.1f ms)", p95))
                + "; ≤ 0.1× plain SQL: " + verdict(ratio <= MATRIX_SQL_RATIO_TARGET, String.format("(%.3f×)", ratio)));
        double cp95 = m.computed.percentile(95);
        double cratio = cp95 / m.sql.percentile(95);
        line("- computed answers (the first view after a change), p95 ≤ 100 ms: "
                + verdict(cp95 <= MATRIX_P95_TARGET_MS, String.format("(%.1f ms)", cp95)) + "; ≤ 0.1× plain SQL: "
                + verdict(cratio <= MATRIX_SQL_RATIO_TARGET, String.format("(%.2f×)", cratio)));
    }

    /** The page as a live site serves it: today's periods read while new events arrive (see {@link MatrixSteadyState}). */
    void matrixSteady(MatrixSteadyState s) {
        section("Value matrix: today's page on a live site (steady state)");
        line(String.format("The page the product shows today: this month so far (%s), as many days of the month before,"
                + " and 52 weeks ending with this week so far (%s); %d reads, every container. Before each of %d reads,"
                + " %d new events went through the capture path (rollup maintenance included) with the clock's time,"
                + " %,d in all (%,d with a counterpart); %,d of them on today's date, so in this week and this month."
                + " Capturing them took %.1f s of the %.1f s the steady pages ran (%.1f new events a second over that"
                + " time). They deleted %,d kept answers (%.1f a page: those that read today, and those of the periods in"
                + " which a work item the new events answered or resolved was created), and the organisation's"
                + " interactions of this week went from %,d to %,d. The plain SQL baseline computes the same periods.",
                days(s.currentMonth), days(s.currentWeek), s.periods.size() * 2, s.pages,
                MatrixSteadyState.EVENTS_PER_PAGE, s.events, s.withCounterpart, s.landed, s.captureNanos / 1e9,
                s.wallNanos / 1e9, s.events / (s.wallNanos / 1e9), s.dropped, s.dropped / (double) s.pages,
                s.weekInteractionsBefore, s.weekInteractionsAfter));
        line("");
        line("| way | pages | p50 / p95 / p99 | ÷ plain SQL (p95) |");
        line("|---|---:|---|---:|");
        double p95 = s.steady.percentile(95);
        double ratio = p95 / s.sql.percentile(95);
        line(String.format("| rollups, the answers that read today computed, the rest kept | %d | %s | %.3f× |",
                s.steady.count(), pct(s.steady), ratio));
        line(String.format("| plain SQL over the events | %d | %s | 1× |", s.sql.count(), pct(s.sql)));
        line("");
        line("- steady state, p95 ≤ 100 ms: " + verdict(p95 <= MATRIX_P95_TARGET_MS, String.format("(%.1f ms)", p95))
                + "; ≤ 0.1× plain SQL: " + verdict(ratio <= MATRIX_SQL_RATIO_TARGET, String.format("(%.3f×)", ratio)));
    }

    private static String days(long[] period) {
        return java.time.LocalDate.ofEpochDay(period[0]) + " to " + java.time.LocalDate.ofEpochDay(period[1] - 1);
    }

    private void rateRow(String label, Rate r) {
        line(String.format("| %s | %,d | %.1f | %,.0f | %.1f | %.1f | %.1f |", label, r.events, r.seconds(),
                r.perSecond(), r.writerMicros(), r.producerMicros(), r.processMicros()));
    }

    void stream(List<Result> results, String sparseShape) {
        section("Stream page (25 items; the viewer sees 10 % of containers, a sparse viewer 2)");
        line("Milliseconds, p50 / p95 / p99 over the measured queries of each row (the live-provider way and the"
                + " single statement over an even sample of them, counts in brackets).");
        line("");
        if (!sparseShape.isEmpty()) {
            line(sparseShape);
            line("");
        }
        line("| filter | page | queries | core (StreamService.page) | hand-written SQL | live-provider way | "
                + "core ÷ SQL (p50, p95) | live ÷ core (p50, p95) | targets | answers differ | single IN-list statement |");
        line("|---|---|---:|---|---|---|---|---|---|---:|---|");
        for (Result r : results) {
            double sqlRatio = r.core.percentile(95) / r.sql.percentile(95);
            double liveRatio = r.live.percentile(95) / r.core.percentile(95);
            String targets = verdict(r.core.percentile(95) <= P95_TARGET_MS, "p95 ≤ 10 ms") + ", "
                    + verdict(sqlRatio <= SQL_RATIO_TARGET, "≤ 1.5× SQL") + ", "
                    + verdict(liveRatio >= LIVE_RATIO_TARGET, "≥ 20× live");
            line(String.format("| %s | %s | %,d | %s | %s | %s | %.2f×, %.2f× | %.1f×, %.1f× | %s | %d | %s |", r.filter,
                    r.page, r.core.count(), pct(r.core), pct(r.sql), pct(r.live) + " (" + r.live.count() + ")",
                    r.core.percentile(50) / r.sql.percentile(50), sqlRatio,
                    r.live.percentile(50) / r.core.percentile(50), liveRatio, targets, r.mismatches,
                    r.single.count() == 0 ? "—" : pct(r.single) + " (" + r.single.count() + " queries)"));
        }
    }

    void plans(Map<String, String> plans) {
        section("Query plans of the hand-written query (first query of each row)");
        for (Map.Entry<String, String> e : plans.entrySet()) {
            line("**" + e.getKey() + "**");
            line("");
            line("```");
            for (String l : e.getValue().split("\n")) {
                line(l.length() > 400 ? l.substring(0, 400) + " …" : l);
            }
            line("```");
            line("");
        }
    }

    private static String pct(Latencies l) {
        return String.format("%.2f / %.2f / %.2f", l.percentile(50), l.percentile(95), l.percentile(99));
    }

    static String verdict(boolean met, String target) {
        return (met ? "met " : "**missed** ") + target;
    }

    void append(BenchReport other) {
        lines.addAll(other.lines);
    }

    String text() {
        return String.join("\n", lines) + "\n";
    }
}
