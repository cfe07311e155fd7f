package org.valuematrix.standalone.support;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.valuematrix.standalone.StandaloneHost;
import org.valuematrix.standalone.StandaloneOptions;

/**
 * Runs a standalone host in a JVM of its own, as {@code java -jar} does, with the test hosts'
 * settings (free port, small demo, cheap hashing). Prints {@link #READY} and the base URL once it
 * serves. Arguments: data directory, demo events.
 */
public final class ChildHostMain {
    public static final String READY = "VM-CHILD-READY ";

    private ChildHostMain() {
    }

    /**
     * The test JVM holds this process's standard input; when that JVM ends, killed or not, the
     * pipe closes and this host must not outlive it on a build machine.
     */
    private static void exitWhenParentGoes() {
        Thread watch = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // Nothing is ever sent; reading only waits for the end of the stream.
                }
            } catch (java.io.IOException ignored) {
                // A broken pipe means the same as its end.
            }
            Runtime.getRuntime().halt(3);
        }, "parent-watch");
        watch.setDaemon(true);
        watch.start();
    }

    public static void main(String[] args) throws Exception {
        StandaloneOptions options = StandaloneOptions.defaults().withPort(0).withDataDir(Path.of(args[0]))
                .withDemoEvents(Long.parseLong(args[1])).withPasswordIterations(10);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        StandaloneHost host = StandaloneHost.start(options, out);
        Runtime.getRuntime().addShutdownHook(new Thread(host::close, "value-matrix-shutdown"));
        out.println(READY + host.baseUrl());
        exitWhenParentGoes();
        host.join();
    }
}
