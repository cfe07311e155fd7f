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
