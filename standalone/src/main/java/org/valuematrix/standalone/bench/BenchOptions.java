package org.valuematrix.standalone.bench;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The benchmark's command-line options, with the defaults of the performance spec. */
final class BenchOptions {
    long events = 10_000_000L;
    int people = 10_000;
    int containers = 2_000;
    int teams = 100;
    int queries = 1_000;
    int warmup = 200;
    /** How many queries of each row also run the single-statement query core used to send. */
    int singleQueries = 20;
    /** How many queries of each row also time the live-provider way (it costs a query per container). */
    int liveQueries = 250;
    int viewers = 20;
    long seed = 20_240_229L;
    /** How many of the events go through the real capture path; the rest is filled by raw JDBC. -1: all. */
    long captureEvents = -1;
    /** How many events the same-run ingest comparison (capture path vs raw JDBC) uses. */
    long ingestSlice = 1_000_000L;
    String db = "h2";
    String dbUrl;
    String dbUser = "sa";
    String dbPassword = "";
    boolean skipIngestBaseline;
    boolean reuse;
    boolean skipHost;
    Path dataDir;
    Path hostJar;
    int hostRequests = 2_000;
    /** Matrix pages read from the rollups and by plain SQL; 0 skips the rebuild and the matrix rows. */
    int matrixPages = 10;
    Path report;
    /** Items generated into the host's content store for the history-import rows; 0 skips them. */
    int historyImport;
    /** Items per host read of the history import; -1: the product's default. */
    int historyBatch = -1;
    /** Milliseconds the history import pauses after each second of a batch's work; -1: the product's default. */
    long historyPause = -1;
    /** Events per batch of the history import; -1: the product's default. */
    int historyEvents = -1;
    /** Stream pages read idle, before and after the history import, for its p95 baseline. */
    int historyQueries = 500;
    /** Server settings for the embedded PostgreSQL (e.g. log_min_duration_statement=0 to see every statement). */
    final Map<String, String> pgSettings = new LinkedHashMap<>();
    private final List<String> given = new ArrayList<>();

    static BenchOptions parse(String[] args) {
        BenchOptions o = new BenchOptions();
        List<String> rest = new ArrayList<>(List.of(args));
        if (!rest.isEmpty() && rest.get(0).equals("bench")) {
            rest.remove(0);
        }
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            String name = arg.contains("=") && arg.startsWith("--") ? arg.substring(0, arg.indexOf('=')) : arg;
            boolean flag = isFlag(name);
            String value = flag ? null : arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : next(rest, ++i, name);
            o.set(name, value);
        }
        o.given.addAll(rest);
        o.validate();
        return o;
    }

    private static boolean isFlag(String name) {
        return name.equals("--skip-ingest-baseline") || name.equals("--reuse") || name.equals("--skip-host")
                || name.equals("--help") || name.equals("-h");
    }

    private void set(String name, String value) {
        switch (name) {
            case "--events": events = parseCount(name, value); break;
            case "--people": people = (int) parseCount(name, value); break;
            case "--containers": containers = (int) parseCount(name, value); break;
            case "--teams": teams = (int) parseCount(name, value); break;
            case "--queries": queries = (int) parseCount(name, value); break;
            case "--warmup": warmup = (int) parseCount(name, value); break;
            case "--single-queries": singleQueries = (int) parseCount(name, value); break;
            case "--live-queries": liveQueries = (int) parseCount(name, value); break;
            case "--viewers": viewers = (int) parseCount(name, value); break;
            case "--seed": seed = Long.parseLong(value); break;
            case "--capture-events": captureEvents = value.equals("all") ? -1 : parseCount(name, value); break;
            case "--ingest-slice": ingestSlice = parseCount(name, value); break;
            case "--db": db = value; break;
            case "--db-url": dbUrl = value; break;
            case "--db-user": dbUser = value; break;
            case "--db-password": dbPassword = value; break;
            case "--data-dir": dataDir = Paths.get(value); break;
            case "--host-jar": hostJar = Paths.get(value); break;
            case "--host-requests": hostRequests = (int) parseCount(name, value); break;
            case "--matrix-pages": matrixPages = (int) parseCount(name, value); break;
            case "--report": report = Paths.get(value); break;
            case "--history-import": historyImport = (int) parseCount(name, value); break;
            case "--history-batch": historyBatch = (int) parseCount(name, value); break;
            case "--history-pause": historyPause = parseCount(name, value); break;
            case "--history-events": historyEvents = (int) parseCount(name, value); break;
            case "--history-queries": historyQueries = (int) parseCount(name, value); break;
            case "--pg-setting": pgSetting(value); break;
            case "--skip-ingest-baseline": skipIngestBaseline = true; break;
            case "--reuse": reuse = true; break;
            case "--skip-host": skipHost = true; break;
            case "--help": case "-h": throw new UsageException(null);
            default: throw new UsageException("unknown option " + name);
        }
    }

    private void pgSetting(String value) {
        int eq = value.indexOf('=');
        if (eq <= 0) {
            throw new UsageException("--pg-setting needs NAME=VALUE");
        }
        pgSettings.put(value.substring(0, eq), value.substring(eq + 1));
    }

    private void validate() {
        if (!db.equals("h2") && !db.equals("postgres")) {
            throw new UsageException("--db must be h2 or postgres");
        }
        if (people < 50 || teams < 4 || containers < teams || events < 1_000 || queries < 1 || viewers < 1) {
            throw new UsageException("need --people >= 50, --teams >= 4, --containers >= teams, --events >= 1000");
        }
        if (historyImport < 0 || historyBatch == 0 || historyBatch < -1 || historyPause < -1 || historyEvents == 0
                || historyEvents < -1 || historyQueries < 1) {
            throw new UsageException("need --history-import >= 0, --history-batch >= 1, --history-pause >= 0,"
                    + " --history-events >= 1, --history-queries >= 1");
        }
        if (people < teams * 2) {
            throw new UsageException("need at least two people per team");
        }
    }

    String commandLine() {
        return String.join(" ", given);
    }

    long captureCount() {
        return captureEvents < 0 ? events : Math.min(captureEvents, events);
    }

    long sliceCount() {
        return Math.min(ingestSlice, captureCount());
    }

    private static String next(List<String> args, int i, String name) {
        if (i >= args.size()) {
            throw new UsageException(name + " needs a value");
        }
        return args.get(i);
    }

    /** Accepts 10000000, 10_000_000, 10M, 500k. */
    static long parseCount(String name, String value) {
        String v = value.replace("_", "").trim().toLowerCase(java.util.Locale.ROOT);
        long factor = 1;
        if (v.endsWith("k")) {
            factor = 1_000;
        } else if (v.endsWith("m")) {
            factor = 1_000_000;
        }
        try {
            return Long.parseLong(factor == 1 ? v : v.substring(0, v.length() - 1)) * factor;
        } catch (NumberFormatException e) {
            throw new UsageException(name + ": not a number: " + value);
        }
    }

    static String usage() {
        return String.join("\n",
                "usage: java -jar value-matrix-standalone.jar bench [options]",
                "  --events N              events to generate (default 10M)",
                "  --people N --teams N --containers N   organisation size (10000, 100, 2000)",
                "  --queries N             stream queries per filter and page kind (default 1000)",
                "  --db h2|postgres        database (H2 file db in --data-dir; embedded PostgreSQL)",
                "  --db-url URL --db-user U --db-password P   an existing (empty) database instead",
                "  --data-dir DIR          where the database goes (default: a new temp dir)",
                "  --capture-events N|all  events sent through the capture path (default all);",
                "                          the rest is filled by raw JDBC batches",
                "  --ingest-slice N        events of the capture-vs-JDBC comparison (default 1M)",
                "  --skip-ingest-baseline  skip the raw JDBC baseline of the ingest comparison",
                "  --reuse                 reuse a database generated earlier in --data-dir",
                "  --host-jar JAR --host-requests N --skip-host   the -Xmx512m host test",
                "  --matrix-pages N        matrix pages read from the rollups and by SQL after a full",
                "                          rollup rebuild (default 10; 0 skips the rebuild and the matrix)",
                "  --live-queries N        queries per row that also time the live-provider way (250)",
                "  --single-queries N      queries per row that also time the old single statement (20)",
                "  --history-import N      items generated into the host's content store, then imported by",
                "                          the history import beside the same events' live capture (0 skips)",
                "  --history-batch N --history-pause MS   the import's items a host read and pause a second of work (product defaults)",
                "  --history-events N      events per batch of the history import (product default)",
                "  --history-queries N     idle stream pages before and after the import (500)",
                "  --pg-setting NAME=VALUE a server setting of the embedded PostgreSQL (repeatable)",
                "  --seed N --viewers N --warmup N --report FILE");
    }

    /** A bad command line: the message, then the usage. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
