package org.valuematrix.standalone.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.valuematrix.standalone.StandaloneHost;
import org.valuematrix.standalone.StandaloneOptions;
import org.valuematrix.standalone.web.RestGeneration;

/**
 * A standalone host started in-process on a free port, with its own temporary H2 database (or
 * the database given), a small demo organisation and cheap password hashing. The host most
 * tests share runs under a context path, as Confluence and Jira sites do; the one at the root
 * and the fresh hosts keep the root context.
 */
public final class TestHost implements AutoCloseable {
    /** Enough activity for every filter to find something, small enough to load in seconds. */
    public static final long DEMO_EVENTS = 5_000;
    /** Tests start several hosts; each hashes ~250 demo passwords. */
    private static final int TEST_PASSWORD_ITERATIONS = 10;

    /** The shared host's context path. */
    public static final String CONTEXT_PATH = "/confluence";
    private static final int BIND_ATTEMPTS = 5;

    private static TestHost shared;
    private static TestHost sharedRestV2;

    private final StandaloneHost host;
    private final Path dataDir;
    private final String console;

    private TestHost(StandaloneHost host, Path dataDir, String console) {
        this.host = host;
        this.dataDir = dataDir;
        this.console = console;
    }

    /**
     * The host most tests share (one per test JVM), closed when the JVM exits: under
     * {@link #CONTEXT_PATH}, with a base URL that names {@code localhost} while it listens on
     * {@code 127.0.0.1}, as a site behind a proxy does.
     */
    public static synchronized TestHost shared() {
        if (shared == null) {
            shared = underContextPath(StandaloneOptions.defaults().withDemoEvents(DEMO_EVENTS));
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "test-host-shutdown"));
        }
        return shared;
    }

    /**
     * A second shared host that passes REST paths through unchanged, as REST v2 may (the shared
     * host applies REST v1's extension rewrite): what must work on both generations is tested on both.
     * It keeps the root context and the default base URL (its bind address), so what must work
     * under a context path and at the root is tested on both too.
     */
    public static synchronized TestHost sharedRestV2() {
        if (sharedRestV2 == null) {
            sharedRestV2 = start(StandaloneOptions.defaults().withDemoEvents(DEMO_EVENTS / 5).withRest(RestGeneration.V2));
            Runtime.getRuntime().addShutdownHook(new Thread(sharedRestV2::close, "test-host-v2-shutdown"));
        }
        return sharedRestV2;
    }

    /**
     * A fresh host under {@link #CONTEXT_PATH} with base URL {@code http://localhost:PORT/confluence}.
     * The base URL names the port, so the port is chosen first; should another process take it
     * meanwhile, the host starts again on another (the demo, already loaded, is not loaded twice).
     */
    public static TestHost underContextPath(StandaloneOptions options) {
        Path dir = tempDir();
        for (int attempt = 1;; attempt++) {
            int port = freePort();
            try {
                return launch(options.withPort(port).withContextPath(CONTEXT_PATH)
                        .withBaseUrl("http://localhost:" + port + CONTEXT_PATH), dir);
            } catch (RuntimeException e) {
                if (attempt == BIND_ATTEMPTS || !isBindFailure(e)) {
                    throw e;
                }
            }
        }
    }

    /** A fresh host on a fresh H2 database; the caller closes it. */
    public static TestHost start(long demoEvents) {
        return start(StandaloneOptions.defaults().withDemoEvents(demoEvents));
    }

    /** A fresh host with these options (port, data directory and hashing cost are set here). */
    public static TestHost start(StandaloneOptions options) {
        return start(options, tempDir());
    }

    /** A host on the H2 database in {@code dir}, which may hold data from an earlier start. */
    public static TestHost start(StandaloneOptions options, Path dir) {
        return launch(options.withPort(0), dir);
    }

    private static TestHost launch(StandaloneOptions options, Path dir) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            StandaloneHost host = StandaloneHost.start(options.withDataDir(dir)
                    .withPasswordIterations(TEST_PASSWORD_ITERATIONS), new PrintStream(out, true, StandardCharsets.UTF_8));
            String console = out.toString(StandardCharsets.UTF_8);
            // Surefire keeps this in target/surefire-reports/*-output.txt: the demo's load times.
            System.out.print(console);
            return new TestHost(host, dir, console);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("standalone host did not start", e);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("vm-standalone-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(StandaloneOptions.DEFAULT_BIND))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    /** @return a client of the host's base URL, as its users reach it */
    public Api api() {
        return new Api(host.baseUrl());
    }

    public StandaloneHost host() {
        return host;
    }

    /** @return what the host printed while starting (demo loading progress) */
    public String console() {
        return console;
    }

    /** Waits until the capture queue has written what content actions handed it. */
    public void flushCapture() {
        try {
            host.valueMatrix().queuedCapture().flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Stops the host and keeps its database, for a restart. */
    public void stop() {
        host.close();
    }

    @Override
    public void close() {
        host.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
