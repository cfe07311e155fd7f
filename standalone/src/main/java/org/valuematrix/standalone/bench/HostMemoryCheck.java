package org.valuematrix.standalone.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts the standalone host as a child process with {@code -Xmx512m} on the benchmark's
 * database, sends stream requests over HTTP as the benchmark's viewers (three filters, and
 * "load more" through the cursor), and reports whether it served them all, with the child's
 * peak resident memory (/proc) and heap (its GC log).
 */
final class HostMemoryCheck {
    private static final Pattern CURSOR = Pattern.compile("\"nextCursor\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern GC = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final String STREAM = "/rest/value-matrix/1.0/stream";

    private final BenchOptions options;
    private final BenchOrganisation org;
    private final PrintStream out;

    HostMemoryCheck(BenchOptions options, BenchOrganisation org, PrintStream out) {
        this.options = options;
        this.org = org;
        this.out = out;
    }

    /** @return the host jar to start: --host-jar, or the jar this class was loaded from */
    static Path hostJar(BenchOptions options) {
        if (options.hostJar != null) {
            return options.hostJar;
        }
        try {
            Path self = Path.of(HostMemoryCheck.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return self.toString().endsWith(".jar") ? self : null;
        } catch (Exception e) {
            return null;
        }
    }

    void run(Path jar, String url, String user, String password, Path dir, BenchReport report) throws Exception {
        report.section("Memory: the standalone host serving this database under -Xmx512m");
        int port = freePort();
        Path log = dir.resolve("host.log");
        Path gcLog = dir.resolve("host-gc.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Xlog:gc:file=" + gcLog, "-jar", jar.toString(), "--db-url", url, "--port",
                String.valueOf(port), "--data-dir", dir.resolve("host-data").toString()));
        if (user != null && !user.isEmpty()) {
            command.addAll(List.of("--db-user", user));
        }
        if (password != null && !password.isEmpty()) {
            command.addAll(List.of("--db-password", password));
        }
        out.printf("host: starting %s -Xmx512m on port %d (log %s) …%n", jar.getFileName(), port, log);
        Process host = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        RssSampler rss = new RssSampler(host.pid());
        Thread sampler = new Thread(rss, "bench-rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            String base = "http://127.0.0.1:" + port;
            long t0 = System.nanoTime();
            boolean up = waitUntilUp(http, base, host);
            double startSeconds = (System.nanoTime() - t0) / 1e9;
            if (!up) {
                report.line("**Not measured**: the host did not start (exit " + (host.isAlive() ? "—" : host.exitValue())
                        + "); see " + log + ".");
                return;
            }
            Requests r = requests(http, base, host);
            rss.stop();
            String peakRss = readStatus(host.pid(), "VmHWM");
            long[] heap = heap(gcLog);
            boolean oom = Files.readString(log).contains("OutOfMemoryError");
            report.line(String.format("- started in %.1f s on the existing database (no demo load: the benchmark wrote"
                    + " its organisation into the host's directory)", startSeconds));
            report.line(String.format("- %,d stream requests over HTTP as %d viewers (no filter, scope=across, one team;"
                    + " every fourth follows the previous page's nextCursor): %,d answered 200, %,d failed%s",
                    r.sent, org.viewers.size(), r.ok, r.sent - r.ok, oom ? "; **OutOfMemoryError in the host log**" : ""));
            report.line(String.format("- HTTP latency (ms, includes JSON rendering and display-name look-ups): p50 %.1f,"
                    + " p95 %.1f, p99 %.1f", r.latency.percentile(50), r.latency.percentile(95),
                    r.latency.percentile(99)));
            if (r.afterFirst.count() > 0) {
                report.line(String.format("- the same without each viewer's first request (which checks the HTTP Basic"
                        + " password, PBKDF2): p50 %.1f, p95 %.1f, p99 %.1f over %,d requests",
                        r.afterFirst.percentile(50), r.afterFirst.percentile(95), r.afterFirst.percentile(99),
                        r.afterFirst.count()));
            }
            report.line(String.format("- peak resident memory (VmHWM) %s; max RSS sampled %,d MB", peakRss,
                    rss.max.get() / 1024));
            report.line(heap == null ? "- heap: no GC happened (no GC log lines)"
                    : String.format("- heap (G1, from the GC log): at most %,d MB used before a collection, at most %,d MB"
                            + " live after one, of %,d MB committed; limit 512 MB", heap[0], heap[1], heap[2]));
            report.line("- verdict: " + BenchReport.verdict(r.ok == r.sent && !oom, "serves the database under -Xmx512m"));
        } finally {
            rss.stop();
            host.destroy();
            if (!host.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                host.destroyForcibly();
            }
        }
    }

    private boolean waitUntilUp(HttpClient http, String base, Process host) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        while (System.nanoTime() < deadline && host.isAlive()) {
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + STREAM))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 401 || r.statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        return false;
    }

    private Requests requests(HttpClient http, String base, Process host) throws Exception {
        Requests r = new Requests(options.hostRequests);
        SplittableRandom random = new SplittableRandom(options.seed + 99);
        Map<String, String> cursors = new HashMap<>();
        Progress progress = new Progress(out, "host requests", options.hostRequests);
        for (int i = 0; i < options.hostRequests && host.isAlive(); i++) {
            String viewer = org.viewers.get(i % org.viewers.size());
            StringBuilder query = new StringBuilder("?limit=25");
            int kind = (i / org.viewers.size()) % 3;
            if (kind == 1) {
                query.append("&scope=across");
            } else if (kind == 2) {
                query.append("&team=").append(teamOfVisibleContainer(random, viewer));
            }
            String cursor = cursors.remove(viewer);
            if (cursor != null && i % 4 == 3) {
                query.append("&cursor=").append(URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            }
            String auth = Base64.getEncoder().encodeToString(
                    (viewer + ":" + HostDirectorySeed.VIEWER_PASSWORD).getBytes(StandardCharsets.UTF_8));
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + STREAM + query))
                    .header("Authorization", "Basic " + auth).header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(60)).build();
            // The viewers take turns, so each one's first request is among the first round.
            Latencies after = i < org.viewers.size() ? null : r.afterFirst;
            long t0 = System.nanoTime();
            r.sent++;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                r.record(System.nanoTime() - t0, after);
                if (response.statusCode() == 200 && response.body().startsWith("{\"items\"")) {
                    r.ok++;
                    Matcher m = CURSOR.matcher(response.body());
                    if (m.find()) {
                        cursors.put(viewer, m.group(1));
                    }
                }
            } catch (IOException e) {
                r.record(System.nanoTime() - t0, after);
            }
            progress.update(i + 1);
        }
        progress.done(r.sent);
        return r;
    }

    private String teamOfVisibleContainer(SplittableRandom random, String viewer) {
        List<String> visible = new ArrayList<>(org.visible.get(viewer));
        visible.sort(null);
        while (true) {
            String key = visible.get(random.nextInt(visible.size()));
            int owner = org.containers.get(Integer.parseInt(key.substring(2)) - 1).owner;
            if (owner >= 0) {
                return org.teams.get(owner).key;
            }
        }
    }

    /** @return {max used before GC, max live after GC, max committed} in MB, or null without GC lines */
    private static long[] heap(Path gcLog) throws IOException {
        if (!Files.exists(gcLog)) {
            return null;
        }
        long[] max = new long[3];
        boolean any = false;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = GC.matcher(line);
            if (m.find()) {
                any = true;
                for (int i = 0; i < 3; i++) {
                    max[i] = Math.max(max[i], Long.parseLong(m.group(i + 1)));
                }
            }
        }
        return any ? max : null;
    }

    private static String readStatus(long pid, String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(key + ":")) {
                    long kb = Long.parseLong(line.substring(key.length() + 1).replace("kB", "").trim());
                    return String.format("%,d MB", kb / 1024);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux, or the process is gone
        }
        return "? (no /proc)";
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Samples the child's resident set size (kB) until stopped. */
    private static final class RssSampler implements Runnable {
        private final long pid;
        final AtomicLong max = new AtomicLong();
        private volatile boolean running = true;

        RssSampler(long pid) {
            this.pid = pid;
        }

        void stop() {
            running = false;
        }

        @Override
        public void run() {
            while (running) {
                String rss = readStatus(pid, "VmRSS");
                if (rss.endsWith(" MB")) {
                    max.accumulateAndGet(Long.parseLong(rss.replace(" MB", "").replace(",", "")) * 1024, Math::max);
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private static final class Requests {
        final Latencies latency;
        /** Requests after each viewer's first: the first checks the HTTP Basic password (PBKDF2). */
        final Latencies afterFirst;
        int sent;
        int ok;

        Requests(int n) {
            this.latency = new Latencies(n);
            this.afterFirst = new Latencies(n);
        }

        void record(long nanos, Latencies after) {
            latency.add(nanos);
            if (after != null) {
                after.add(nanos);
            }
        }
    }
}
