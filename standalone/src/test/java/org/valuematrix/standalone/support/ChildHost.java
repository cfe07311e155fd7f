package org.valuematrix.standalone.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A standalone host in a separate JVM ({@link ChildHostMain} on this test's class path), so a
 * test can kill it the way a crash does: {@link #kill()} sends SIGKILL on Linux, and nothing
 * of the host runs after it, no shutdown hook, no finally block. Its console goes to
 * {@code <data dir>.log}.
 */
public final class ChildHost implements AutoCloseable {
    private static final long START_SECONDS = 180;

    private final Process process;
    private final String baseUrl;

    private ChildHost(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /** Starts a host on the H2 database in {@code dataDir} and waits until it serves. */
    public static ChildHost start(Path dataDir, long demoEvents) {
        Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-cp");
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add(ChildHostMain.class.getName());
        command.add(dataDir.toString());
        command.add(Long.toString(demoEvents));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            CompletableFuture<String> ready = new CompletableFuture<>();
            Thread pump = new Thread(() -> pump(process, log, ready), "child-host-console");
            pump.setDaemon(true);
            pump.start();
            String base = ready.get(START_SECONDS, TimeUnit.SECONDS);
            return new ChildHost(process, base);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("child host did not start; see " + log, e);
        }
    }

    public Api api() {
        return new Api(baseUrl);
    }

    /** SIGKILL, as an out-of-memory killer or a power cut would end it; waits until it is gone. */
    public void kill() {
        process.destroyForcibly();
        waitFor();
    }

    /** SIGTERM: the host's shutdown hook flushes and closes, as on Ctrl+C. */
    public void stop() {
        process.destroy();
        waitFor();
    }

    /** Kills the host if a failed test left it running. */
    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private void waitFor() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(60, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pump(Process process, Path log, CompletableFuture<String> ready) {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith(ChildHostMain.READY)) {
                    ready.complete(line.substring(ChildHostMain.READY.length()).trim());
                }
                Files.writeString(log, line + System.lineSeparator(), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
        ready.completeExceptionally(new IllegalStateException("the host's console closed"));
    }
}
